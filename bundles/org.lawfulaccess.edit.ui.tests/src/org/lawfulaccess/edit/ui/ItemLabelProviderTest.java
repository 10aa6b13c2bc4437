/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemFontProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.DeviceResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.edit.ui.Fixtures.SmallModel;

/** Viewers name elements as the label service does, with the item providers' icons, made once. */
class ItemLabelProviderTest {

    private final SmallModel small = new SmallModel();
    private final ItemLabelProvider labels;

    ItemLabelProviderTest() {
        Fixtures.display();
        labels = new ItemLabelProvider(small.factory);
    }

    @AfterEach
    void dispose() {
        labels.dispose();
        small.dispose();
    }

    @Test
    void textIsTheLabelServicesText() {
        for (EObject element : List.of(small.model.ecosystem(), small.belgium, small.provider, small.service, small.treaty, small.article)) {
            assertEquals(Labels.text(element), labels.getText(element));
        }
        assertEquals("Belgium (BE)", labels.getText(small.belgium));
        assertEquals("plain text", labels.getText("plain text"));
    }

    @Test
    void imagesAreMadeOnceAndReleasedWithTheProvider() {
        Image treaty = labels.getImage(small.treaty);
        assertNotNull(treaty);
        assertSame(treaty, labels.getImage(small.treaty));
        Image article = labels.getImage(small.article);
        assertNotSame(treaty, article);
        assertSame(article, labels.getImage(small.model.provision(small.treaty, "Article 6")));
    }

    @Test
    void resourcesAreReleasedOnDispose() {
        // A registry of its own: the global one keeps released images for a while, by design.
        DeviceResourceManager registry = new DeviceResourceManager(Fixtures.display());
        ItemResources resources = new ItemResources(() -> registry);
        try {
            Image image = resources.image(imageUrl(small.treaty));
            assertEquals(new RGB(1, 2, 3), resources.color(new RGB(1, 2, 3), true).getRGB());
            Font font = resources.font(IItemFontProvider.ITALIC_FONT);
            assertTrue((font.getFontData()[0].getStyle() & SWT.ITALIC) != 0);
            resources.dispose();
            assertTrue(image.isDisposed());
            // SWT colours hold no system resource any more: nothing to see released.
            assertTrue(font.isDisposed());
        } finally {
            registry.dispose();
        }
    }

    @Test
    void composedImagesAreDrawnLayerOnLayer() {
        URL base = imageUrl(small.treaty);
        URL overlay = imageUrl(small.article);
        ItemResources resources = new ItemResources();
        try {
            Image composed = resources.image(new ComposedImage(List.of(base, overlay)));
            assertNotNull(composed);
            assertEquals(16, composed.getBounds().width);
            assertSame(composed, resources.image(new ComposedImage(List.of(base, overlay))));
            assertNotSame(composed, resources.image(base));
        } finally {
            resources.dispose();
        }
    }

    @Test
    void coloursAndFontsComeFromProvidersThatHaveThem() {
        assertNull(labels.getForeground(small.treaty));
        assertNull(labels.getBackground(small.treaty));
        assertNull(labels.getFont(small.treaty));

        ItemLabelProvider coloured = new ItemLabelProvider(new ColouredItems());
        try {
            Color foreground = coloured.getForeground(small.treaty);
            assertEquals(new RGB(200, 0, 0), foreground.getRGB());
            assertNull(coloured.getBackground(small.treaty));
            Font font = coloured.getFont(small.treaty);
            assertTrue((font.getFontData()[0].getStyle() & SWT.BOLD) != 0);
            assertSame(foreground, coloured.getForeground(small.article));
        } finally {
            coloured.dispose();
        }
    }

    private URL imageUrl(EObject element) {
        IItemLabelProvider provider = (IItemLabelProvider) small.factory.adapt(element, IItemLabelProvider.class);
        return assertInstanceOf(URL.class, provider.getImage(element));
    }

    /** Item providers that colour and embolden everything, as a "modified" decoration might. */
    private static final class ColouredItems extends AdapterFactoryImpl {
        @Override
        public boolean isFactoryForType(Object type) {
            return true;
        }

        @Override
        protected Adapter createAdapter(Notifier target) {
            return new Coloured();
        }
    }

    private static final class Coloured extends AdapterImpl implements IItemLabelProvider, IItemColorProvider, IItemFontProvider {
        @Override
        public boolean isAdapterForType(Object type) {
            return true;
        }

        @Override
        public String getText(Object object) {
            return "coloured";
        }

        @Override
        public Object getImage(Object object) {
            return null;
        }

        @Override
        public Object getForeground(Object object) {
            return URI.createURI("color://rgb/200/0/0");
        }

        @Override
        public Object getBackground(Object object) {
            return null;
        }

        @Override
        public Object getFont(Object object) {
            return IItemFontProvider.BOLD_FONT;
        }
    }
}
