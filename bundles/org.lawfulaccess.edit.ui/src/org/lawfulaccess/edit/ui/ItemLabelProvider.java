/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemFontProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.lawfulaccess.core.Labels;

/**
 * A JFace label provider that asks the EMF.Edit item providers, so that a viewer names an element as the
 * edit layer does (through {@link Labels}, by the product's decorator) and shows the item provider's
 * icon, colours and font.
 * <p>
 * Images are made once per image object the item providers return and belong to this provider: they
 * are released by {@link #dispose()}, which the viewer calls when it is disposed. Colours and fonts are
 * asked for only when the item provider implements {@link IItemColorProvider} or
 * {@link IItemFontProvider}; adapting for those types would attach a second provider to every element.
 * Use from the UI thread.
 */
public class ItemLabelProvider extends LabelProvider implements IColorProvider, IFontProvider {

    private final AdapterFactory adapterFactory;
    private final ItemResources resources = new ItemResources();

    /** @param adapterFactory the factory of the item providers, usually {@link ItemProviders#newAdapterFactory()} */
    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory"); //$NON-NLS-1$
    }

    @Override
    public String getText(Object element) {
        Object provider = provider(element);
        if (provider instanceof IItemLabelProvider labels) {
            return labels.getText(element);
        }
        return element instanceof EObject ? Labels.text(element) : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        return provider(element) instanceof IItemLabelProvider labels ? resources.image(labels.getImage(element)) : null;
    }

    @Override
    public Color getForeground(Object element) {
        return provider(element) instanceof IItemColorProvider colors ? resources.color(colors.getForeground(element), true) : null;
    }

    @Override
    public Color getBackground(Object element) {
        return provider(element) instanceof IItemColorProvider colors ? resources.color(colors.getBackground(element), false) : null;
    }

    @Override
    public Font getFont(Object element) {
        return provider(element) instanceof IItemFontProvider fonts ? resources.font(fonts.getFont(element)) : null;
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }

    private Object provider(Object element) {
        return element == null ? null : adapterFactory.adapt(element, IItemLabelProvider.class);
    }
}
