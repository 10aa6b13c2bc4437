/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.DeviceResourceException;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Turns what EMF.Edit item providers return for images, colours and fonts into SWT resources, made once
 * per key and owned by one {@link LocalResourceManager}, so that a label provider never leaks a handle
 * and never makes the same image twice. Item providers speak in platform-neutral objects: a
 * {@link URL} or {@link ComposedImage} for an image, a {@code color://rgb/r/g/b} or
 * {@code color://hsb/h/s/b} URI for a colour and a {@code font://family/height/style} URI for a font
 * (blank parts meaning the default's), or SWT and JFace objects. Unknown objects give null.
 * <p>
 * UI thread only, like the label provider that owns it.
 */
final class ItemResources {

    private final Map<Object, Object> made = new HashMap<>();
    private final Supplier<ResourceManager> parent;
    private ResourceManager resources;

    /** Resources shared through the global JFace registry, which keeps recently released images a while. */
    ItemResources() {
        this(JFaceResources::getResources);
    }

    /** @param parent the registry the resources are made in, asked on first use */
    ItemResources(Supplier<ResourceManager> parent) {
        this.parent = parent;
    }

    Image image(Object key) {
        if (key == null || key instanceof Image) {
            return (Image) key;
        }
        Object image = made.get(key);
        if (image == null) {
            ImageDescriptor descriptor = imageDescriptor(key);
            if (descriptor == null) {
                return null;
            }
            image = create(descriptor);
            made.put(key, image);
        }
        return (Image) image;
    }

    Color color(Object key, boolean foreground) {
        if (key == null || key instanceof Color) {
            return (Color) key;
        }
        List<Object> cacheKey = List.of(key, foreground);
        return (Color) made.computeIfAbsent(cacheKey, k -> {
            RGB rgb = key instanceof RGB given ? given : key instanceof URI uri ? rgb(uri, foreground) : null;
            return rgb == null ? null : resources().create(ColorDescriptor.createFrom(rgb));
        });
    }

    Font font(Object key) {
        if (key == null || key instanceof Font) {
            return (Font) key;
        }
        return (Font) made.computeIfAbsent(key, k -> {
            FontDescriptor descriptor = key instanceof FontDescriptor given ? given
                    : key instanceof FontData data ? FontDescriptor.createFrom(data)
                            : key instanceof URI uri ? font(uri) : null;
            return descriptor == null ? null : resources().create(descriptor);
        });
    }

    void dispose() {
        made.clear();
        if (resources != null) {
            resources.dispose();
            resources = null;
        }
    }

    private ResourceManager resources() {
        if (resources == null) {
            // Made on first use, on the UI thread: the global registry needs the current display.
            resources = new LocalResourceManager(parent.get());
        }
        return resources;
    }

    private Image create(ImageDescriptor descriptor) {
        try {
            return resources().create(descriptor);
        } catch (DeviceResourceException e) {
            return resources().create(ImageDescriptor.getMissingImageDescriptor());
        }
    }

    private static ImageDescriptor imageDescriptor(Object key) {
        if (key instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (key instanceof Image image) {
            return ImageDescriptor.createFromImage(image);
        }
        if (key instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (key instanceof URI uri) {
            try {
                return ImageDescriptor.createFromURL(new URL(uri.toString()));
            } catch (MalformedURLException e) {
                return null;
            }
        }
        if (key instanceof ComposedImage composed) {
            List<ImageDescriptor> layers = new ArrayList<>();
            for (Object layer : composed.getImages()) {
                ImageDescriptor descriptor = imageDescriptor(layer);
                if (descriptor != null) {
                    layers.add(descriptor);
                }
            }
            return layers.isEmpty() ? null : new Layered(composed, layers);
        }
        return null;
    }

    /** {@code color://rgb/r/g/b} or {@code color://hsb/h/s/b}; a blank part is the default colour's. */
    private static RGB rgb(URI uri, boolean foreground) {
        if (!"color".equals(uri.scheme()) || uri.segmentCount() != 3) { //$NON-NLS-1$
            return null;
        }
        RGB base = Display.getCurrent().getSystemColor(foreground ? SWT.COLOR_LIST_FOREGROUND : SWT.COLOR_LIST_BACKGROUND).getRGB();
        try {
            if ("rgb".equals(uri.authority())) { //$NON-NLS-1$
                return new RGB(part(uri, 0, base.red), part(uri, 1, base.green), part(uri, 2, base.blue));
            }
            if ("hsb".equals(uri.authority())) { //$NON-NLS-1$
                float[] hsb = base.getHSB();
                return new RGB(part(uri, 0, hsb[0]), part(uri, 1, hsb[1]), part(uri, 2, hsb[2]));
            }
        } catch (IllegalArgumentException e) {
            // a number out of range or not a number: no colour rather than a broken label
        }
        return null;
    }

    /** {@code font://family/height/style}; style is normal, bold, italic or bold+italic. */
    private static FontDescriptor font(URI uri) {
        if (!"font".equals(uri.scheme()) || uri.segmentCount() != 2) { //$NON-NLS-1$
            return null;
        }
        FontData base = JFaceResources.getDefaultFont().getFontData()[0];
        String family = uri.authority() == null || uri.authority().isEmpty() ? base.getName() : uri.authority();
        int height;
        try {
            height = uri.segment(0).isEmpty() ? base.getHeight() : Integer.parseInt(uri.segment(0));
        } catch (NumberFormatException e) {
            return null;
        }
        int style = SWT.NORMAL;
        for (String word : uri.segment(1).split("\\+")) { //$NON-NLS-1$
            style |= "bold".equals(word) ? SWT.BOLD : "italic".equals(word) ? SWT.ITALIC : SWT.NORMAL; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return FontDescriptor.createFrom(family, height, style);
    }

    private static int part(URI uri, int index, int fallback) {
        String text = uri.segment(index);
        return text.isEmpty() ? fallback : Integer.parseInt(text);
    }

    private static float part(URI uri, int index, float fallback) {
        String text = uri.segment(index);
        return text.isEmpty() ? fallback : Float.parseFloat(text);
    }

    /**
     * A {@link ComposedImage} drawn as EMF.Edit lays it out: each layer at its draw point, the later on
     * top (overlays). Equal when the composed images are, so the resource manager shares the result.
     */
    private static final class Layered extends CompositeImageDescriptor {
        private final ComposedImage composed;
        private final List<ImageDescriptor> layers;

        Layered(ComposedImage composed, List<ImageDescriptor> layers) {
            this.composed = composed;
            this.layers = layers;
        }

        @Override
        protected Point getSize() {
            ComposedImage.Size size = layout();
            return new Point(size.width, size.height);
        }

        @Override
        protected void drawCompositeImage(int width, int height) {
            List<ComposedImage.Point> points = composed.getDrawPoints(layout());
            for (int i = 0; i < layers.size() && i < points.size(); i++) {
                drawImage(createCachedImageDataProvider(layers.get(i)), points.get(i).x, points.get(i).y);
            }
        }

        /** Sizes the layers; {@link ComposedImage#getDrawPoints} needs this first. */
        private ComposedImage.Size layout() {
            List<ComposedImage.Size> sizes = new ArrayList<>();
            for (ImageDescriptor layer : layers) {
                ImageData data = layer.getImageData(100);
                ComposedImage.Size size = new ComposedImage.Size();
                size.width = data == null ? 0 : data.width;
                size.height = data == null ? 0 : data.height;
                sizes.add(size);
            }
            return composed.getSize(sizes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Layered layered && composed.equals(layered.composed);
        }

        @Override
        public int hashCode() {
            return composed.hashCode();
        }
    }
}
