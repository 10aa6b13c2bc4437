package org.lawfulaccess.core.internal.routes;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Provision;

/**
 * The elements through which an edit can reach a scenario's {@link Footprints footprint}: the
 * edited element, its containers (below the ecosystem), what it refers to, and the values added or
 * removed with their contents and what those refer to.
 * <p>
 * One refinement keeps common edits small: an edit of a provision's own values (latency, force,
 * validity, ...) reaches only the scenarios that considered that provision, not every scenario that
 * considered its instrument. Its data categories and issuing roles decide whether a search
 * considers it at all, so edits of those reach the instrument's scenarios.
 */
public final class EditKeys {

    private EditKeys() {
    }

    /**
     * @param notification the edit
     * @param root the analysed ecosystem
     * @return the keys, or null if the edit can reach every scenario (e.g. the model's as-of date)
     */
    public static Set<EObject> of(Notification notification, Ecosystem root) {
        if (!(notification.getNotifier() instanceof EObject notifier)) {
            return null;
        }
        boolean containment = notification.getFeature() instanceof EReference reference && reference.isContainment();
        if (notifier == root && !containment) {
            return null;
        }
        Set<EObject> keys = new LinkedHashSet<>();
        if (notifier != root) {
            keys.add(notifier);
            keys.addAll(notifier.eCrossReferences());
            boolean ownValue = notifier instanceof Provision && notification.getFeature() != LawfulPackage.Literals.PROVISION__DATA_CATEGORIES
                    && notification.getFeature() != LawfulPackage.Literals.PROVISION__ISSUING_ROLES;
            if (!ownValue) {
                for (EObject c = notifier.eContainer(); c != null && c != root; c = c.eContainer()) {
                    keys.add(c);
                }
            }
        }
        addValue(keys, notification.getOldValue());
        addValue(keys, notification.getNewValue());
        return keys;
    }

    private static void addValue(Set<EObject> keys, Object value) {
        if (value instanceof EObject element) {
            keys.add(element);
            keys.addAll(element.eCrossReferences());
            element.eAllContents().forEachRemaining(e -> {
                keys.add(e);
                keys.addAll(e.eCrossReferences());
            });
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> addValue(keys, v));
        }
    }
}
