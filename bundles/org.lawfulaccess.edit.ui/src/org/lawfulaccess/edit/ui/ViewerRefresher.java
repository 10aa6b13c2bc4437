/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.IContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps a viewer in step with the model from the change notifications of the item providers, which say
 * for which element the children changed (a structural refresh) or the label did (an update).
 * <p>
 * Notifications are batched: all that arrive before the event loop next runs are applied together, in
 * one {@code asyncExec}, each element once. A refresh of an element covers an update of it, and nothing
 * is done for an element whose ancestor is refreshed. There is never a refresh of the whole viewer: the
 * viewer of emf.edit.ui falls back to one past 30 notifications, which on a model of 100,000 elements
 * rebuilds the tree for a rename of many. Before refreshing, the cached children of a
 * {@link LazyItemContentProvider} are invalidated.
 * <p>
 * Notifications may come from any thread; the viewer is touched on its display's thread only, and not
 * after its control is disposed.
 */
public final class ViewerRefresher {

    /** Stands for the viewer's input, which is read on the UI thread only. */
    private static final Object INPUT = new Object();

    private final StructuredViewer viewer;
    private final IChangeNotifier notifier;
    private final Display display;
    private final INotifyChangedListener listener = this::notifyChanged;
    private final Object lock = new Object();
    private Set<Object> refreshes = new LinkedHashSet<>();
    private Set<Object> updates = new LinkedHashSet<>();
    private boolean scheduled;
    private volatile boolean disposed;

    private ViewerRefresher(StructuredViewer viewer, IChangeNotifier notifier) {
        this.viewer = viewer;
        this.notifier = notifier;
        this.display = viewer.getControl().getDisplay();
    }

    /**
     * Starts refreshing the viewer on the notifications of the factory, until {@link #dispose()} or the
     * disposal of the viewer's control. Call on the UI thread.
     *
     * @param viewer a viewer whose control exists
     * @param adapterFactory the factory of the viewer's item providers, usually a {@code ComposedAdapterFactory}
     * @return the refresher, to dispose of it before the viewer
     */
    public static ViewerRefresher attach(StructuredViewer viewer, IChangeNotifier adapterFactory) {
        Objects.requireNonNull(viewer, "viewer"); //$NON-NLS-1$
        Objects.requireNonNull(adapterFactory, "adapterFactory"); //$NON-NLS-1$
        ViewerRefresher refresher = new ViewerRefresher(viewer, adapterFactory);
        adapterFactory.addListener(refresher.listener);
        viewer.getControl().addDisposeListener(event -> refresher.dispose());
        return refresher;
    }

    /** Stops listening; changes not applied yet are dropped. Idempotent, from any thread. */
    public void dispose() {
        disposed = true;
        notifier.removeListener(listener);
        synchronized (lock) {
            refreshes.clear();
            updates.clear();
        }
    }

    private void notifyChanged(Notification notification) {
        if (disposed) {
            return;
        }
        Object element;
        boolean refresh;
        boolean update;
        if (notification instanceof IViewerNotification change) {
            // No element means the whole content: the input is refreshed, as an element.
            element = change.getElement() != null ? change.getElement() : INPUT;
            refresh = change.isContentRefresh();
            update = change.isLabelUpdate();
        } else {
            if (notification.isTouch()) {
                return;
            }
            element = notification.getNotifier();
            refresh = isStructural(notification.getEventType());
            update = !refresh;
        }
        if (element == null || !refresh && !update) {
            return;
        }
        boolean schedule;
        synchronized (lock) {
            (refresh ? refreshes : updates).add(element);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule && !display.isDisposed()) {
            try {
                display.asyncExec(this::apply);
            } catch (SWTException displayGone) {
                // disposed between the check and the call: nothing left to refresh
            }
        }
    }

    private static boolean isStructural(int eventType) {
        return switch (eventType) {
            case Notification.ADD, Notification.ADD_MANY, Notification.REMOVE, Notification.REMOVE_MANY, Notification.MOVE -> true;
            default -> false;
        };
    }

    /** Applies one batch, on the UI thread. */
    private void apply() {
        Set<Object> refresh;
        Set<Object> update;
        synchronized (lock) {
            refresh = refreshes;
            update = updates;
            refreshes = new LinkedHashSet<>();
            updates = new LinkedHashSet<>();
            scheduled = false;
        }
        Control control = viewer.getControl();
        if (disposed || control == null || control.isDisposed() || refresh.isEmpty() && update.isEmpty()) {
            return;
        }
        if (refresh.remove(INPUT) && viewer.getInput() != null) {
            refresh.add(viewer.getInput());
        }
        IContentProvider content = viewer.getContentProvider();
        if (content instanceof LazyItemContentProvider lazy) {
            // Every refreshed element, even one covered by an ancestor: the ancestor's refresh reads it.
            refresh.forEach(lazy::invalidate);
        }
        List<Object> roots = new ArrayList<>();
        for (Object element : refresh) {
            if (!hasAncestorIn(element, refresh, content)) {
                roots.add(element);
            }
        }
        update.removeIf(element -> refresh.contains(element) || hasAncestorIn(element, refresh, content));
        boolean many = roots.size() + update.size() > 1;
        if (many) {
            control.setRedraw(false);
        }
        try {
            roots.forEach(viewer::refresh);
            update.forEach(element -> viewer.update(element, null));
        } finally {
            if (many && !control.isDisposed()) {
                control.setRedraw(true);
            }
        }
    }

    private boolean hasAncestorIn(Object element, Set<Object> refreshed, IContentProvider content) {
        Object input = viewer.getInput();
        Object parent = parent(element, content);
        // An element is its own ancestor only in a broken model; the bound ends the walk there too.
        for (int depth = 0; parent != null && depth < 10_000; depth++) {
            if (refreshed.contains(parent)) {
                return true;
            }
            if (parent == input) {
                return false;
            }
            parent = parent(parent, content);
        }
        return false;
    }

    private static Object parent(Object element, IContentProvider content) {
        if (content instanceof ITreeContentProvider tree) {
            return tree.getParent(element);
        }
        if (content instanceof ILazyTreeContentProvider lazy) {
            return lazy.getParent(element);
        }
        return null;
    }
}
