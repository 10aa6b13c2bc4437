/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lawfulaccess.ui.internal.editor.ModelEditor;

/** Model &gt; Validate: the whole model again, every marker replaced, the count in the status line; cancellable on a large model. */
public final class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof ModelEditor editor) || editor.validation() == null) {
            return null;
        }
        editor.validation().restart();
        return null;
    }
}
