/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.properties;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.lawfulaccess.ui.ModelDocument;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.Messages;
import org.lawfulaccess.ui.internal.validation.LiveValidation;
import org.lawfulaccess.ui.internal.validation.WaiveHandler;

/**
 * The Problems tab: the findings about the selected element, as the Problems view lists them (rule,
 * message, waiver), with Waive… and Remove Waiver, which write the same side file as the Problems
 * view's commands. It follows the markers as validation updates them.
 */
public final class ProblemsSection extends AbstractPropertySection {

    private TableViewer viewer;
    private Button waive;
    private Button unwaive;
    private EObject element;
    private ModelDocument document;
    private final IResourceChangeListener markers = this::markersChanged;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        Composite body = getWidgetFactory().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(body);
        viewer = new TableViewer(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.problemsRule, 110, m -> m.getAttribute(LiveValidation.RULE, ""), true); //$NON-NLS-1$
        column(Messages.problemsMessage, 640, m -> m.getAttribute(IMarker.MESSAGE, ""), false); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 120).span(1, 3).applyTo(viewer.getTable());
        waive = button(body, Messages.problemsWaive, true);
        unwaive = button(body, Messages.problemsUnwaive, false);
        viewer.addSelectionChangedListener(e -> updateButtons());
    }

    private void column(String title, int width, Function<IMarker, String> text, boolean icon) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object marker) {
                return text.apply((IMarker) marker);
            }

            @Override
            public Image getImage(Object marker) {
                return icon ? severityImage((IMarker) marker) : null;
            }
        });
    }

    private static Image severityImage(IMarker marker) {
        String key = switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
            case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            default -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    private Button button(Composite body, String label, boolean toWaive) {
        Button button = getWidgetFactory().createButton(body, label, SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(button);
        button.addListener(SWT.Selection, e -> {
            WaiveHandler.run(button.getShell(), getPart().getSite().getPage(), viewer.getStructuredSelection(), toWaive);
            refresh();
        });
        return button;
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        Object first = selection instanceof IStructuredSelection structured ? AdapterFactoryEditingDomain.unwrap(structured.getFirstElement()) : null;
        element = first instanceof EObject object ? object : null;
        document = element == null ? null : ModelDocuments.get().documentOf(element).orElse(null);
    }

    @Override
    public void refresh() {
        viewer.setInput(findings());
        updateButtons();
    }

    /** @return the finding markers about the element, as validation last left them */
    private List<IMarker> findings() {
        if (document == null) {
            return List.of();
        }
        try {
            return Arrays.stream(document.file().findMarkers(LiveValidation.MARKER, false, IResource.DEPTH_ZERO))
                    .filter(m -> LiveValidation.elementOf(document, m) == element).toList();
        } catch (CoreException e) {
            return List.of();
        }
    }

    private void updateButtons() {
        List<?> selected = viewer.getStructuredSelection().toList();
        waive.setEnabled(selected.stream().anyMatch(m -> !((IMarker) m).getAttribute(LiveValidation.WAIVED, false)));
        unwaive.setEnabled(selected.stream().anyMatch(m -> ((IMarker) m).getAttribute(LiveValidation.WAIVED, false)));
    }

    private void markersChanged(IResourceChangeEvent event) {
        if (document != null && event.findMarkerDeltas(LiveValidation.MARKER, false).length > 0) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    }

    @Override
    public void aboutToBeShown() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(markers, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void aboutToBeHidden() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(markers);
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(markers);
        super.dispose();
    }
}
