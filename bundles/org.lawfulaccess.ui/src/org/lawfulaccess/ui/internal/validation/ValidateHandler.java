/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lawfulaccess.ui.internal.Messages;
import org.lawfulaccess.ui.internal.editor.ModelEditor;

/** Model &gt; Validate: the whole model again, every marker replaced, the count in the status line. */
public final class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof ModelEditor editor) || editor.validation() == null) {
            return null;
        }
        BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(), editor.validation()::restart);
        int count = editor.validation().findings().size();
        editor.getEditorSite().getActionBars().getStatusLineManager()
                .setMessage(Messages.bind(Messages.validated, editor.getTitle(), count));
        return null;
    }
}
