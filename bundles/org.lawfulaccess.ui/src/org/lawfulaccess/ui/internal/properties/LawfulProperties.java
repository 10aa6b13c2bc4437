/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.properties;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.lawfulaccess.edit.ui.Selections;
import org.lawfulaccess.ui.ModelDocuments;
import org.lawfulaccess.ui.internal.editor.CommandStackAction;

/**
 * The tabbed Properties page of the editor and the explorer (tabs General, Legal, Validity,
 * Provenance, declared in plugin.xml). Edit &gt; Undo and Redo work while it has the focus, on the
 * model of the element it shows, so a value typed in a cell undoes like any other edit.
 */
public final class LawfulProperties extends TabbedPropertySheetPage {

    /** The contributor id of the tabs and sections in plugin.xml. */
    public static final String CONTRIBUTOR_ID = "org.lawfulaccess.ui.properties"; //$NON-NLS-1$

    private final CommandStackAction undo = CommandStackAction.undo();
    private final CommandStackAction redo = CommandStackAction.redo();

    public LawfulProperties(ITabbedPropertySheetPageContributor contributor) {
        super(contributor);
    }

    /**
     * @param contributor the editor or view asked for an adapter
     * @param adapter the adapter type asked for
     * @return a new page if the Properties view asks for one, else null
     */
    public static <T> T pageFor(ITabbedPropertySheetPageContributor contributor, Class<T> adapter) {
        return adapter == IPropertySheetPage.class ? adapter.cast(new LawfulProperties(contributor)) : null;
    }

    @Override
    public void setActionBars(IActionBars bars) {
        super.setActionBars(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        super.selectionChanged(part, selection);
        EditingDomain domain = Selections.first(selection).flatMap(ModelDocuments.get()::documentOf)
                .map(d -> (EditingDomain) d.editingDomain()).orElse(null);
        undo.setDomain(domain);
        redo.setDomain(domain);
    }

    @Override
    public void dispose() {
        undo.setDomain(null);
        redo.setDomain(null);
        super.dispose();
    }
}
