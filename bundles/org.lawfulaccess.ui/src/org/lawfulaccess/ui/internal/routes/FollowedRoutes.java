/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.routes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.ui.ModelDocument;

/**
 * The route analysis of an open model, kept current while it is edited: the analysis the command
 * line's {@code lawful routes} makes (at the document's as-of date, else at each scenario's request
 * date, as without {@code --as-of}), made once, then brought up to date with the edits recorded
 * since, which re-evaluates only the scenarios an edit can reach ({@link RouteAnalysis#afterEdit}).
 * A new as-of date, a reload, or an edit of the resource itself makes a new analysis.
 * <p>
 * Used from the UI thread, the thread that edits the model.
 */
final class FollowedRoutes {

    /** Beyond this many recorded edits (a paste of a large subtree), one new analysis is cheaper than as many updates. */
    private static final int MAX_UPDATES = 2_000;

    private final ModelDocument document;
    private final List<Notification> pending = new ArrayList<>();
    private final EContentAdapter recorder = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch()) {
                return;
            }
            if (notification.getNotifier() instanceof EObject && !stale) {
                pending.add(notification);
            } else {
                stale = true; // the resource's own contents: no update applies, analyse again
            }
            if (pending.size() > MAX_UPDATES) {
                stale = true;
                pending.clear();
            }
        }
    };
    private RouteAnalysis analysis;
    private Resource analysed;
    private LocalDate analysedAsOf;
    private boolean stale = true;

    FollowedRoutes(ModelDocument document) {
        this.document = document;
    }

    /** @return the analysis of the model as it is now */
    RouteAnalysis current() {
        if (analysed != document.resource()) {
            if (analysed != null) {
                analysed.eAdapters().remove(recorder);
            }
            analysed = document.resource();
            analysed.eAdapters().add(recorder);
            stale = true;
        }
        if (stale || !Objects.equals(analysedAsOf, document.asOf())) {
            analysedAsOf = document.asOf();
            analysis = RouteAnalysis.of(document.ecosystem(), RouteOptions.defaults().withAsOf(analysedAsOf));
            stale = false;
        } else {
            for (Notification edit : pending) {
                if (RouteAnalysis.affectedBy(edit)) {
                    analysis = analysis.afterEdit(edit).analysis();
                }
            }
        }
        pending.clear();
        return analysis;
    }

    /** @return the model */
    ModelDocument document() {
        return document;
    }

    /** Stops recording the model's edits. */
    void dispose() {
        if (analysed != null) {
            analysed.eAdapters().remove(recorder);
        }
        pending.clear();
    }
}
