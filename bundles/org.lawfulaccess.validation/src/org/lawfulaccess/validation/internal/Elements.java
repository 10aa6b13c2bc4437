/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.ToIntBiFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * How findings identify elements: the segments of a path for reports, an id for fingerprints. Messages
 * name elements through {@link org.lawfulaccess.core.Labels}.
 */
public final class Elements {

    private Elements() {
    }

    /**
     * @param element an element
     * @return its XMI id; for an element without one (not in a resource), its URI fragment or
     *         identity, which is stable within the run only
     */
    public static String id(EObject element) {
        Resource resource = element.eResource();
        if (resource instanceof XMLResource xml) {
            String id = xml.getID(element);
            if (id != null) {
                return id;
            }
        }
        if (element.eIsProxy()) {
            return String.valueOf(((org.eclipse.emf.ecore.InternalEObject) element).eProxyURI());
        }
        return resource != null ? EcoreUtil.getURI(element).fragment() : Integer.toHexString(System.identityHashCode(element));
    }

    /**
     * One segment of an element's logical path from the root, readable and independent of positions
     * where names exist, e.g. {@code Ecosystem/actors[Example Mail]/establishments[0]}; the root's
     * segment is its type. A caller gives the way to find an unnamed element's position in its
     * containing list (a linear search in a list of thousands of facts, for every finding, was a
     * large share of a run).
     *
     * @param element an element
     * @param position the index of an element in a list that contains it
     * @return the segment, e.g. {@code actors[Example Mail]}, {@code establishments[0]} or {@code Ecosystem}
     */
    public static String segment(EObject element, ToIntBiFunction<List<?>, EObject> position) {
        if (element.eContainer() == null) {
            return element.eClass().getName();
        }
        EReference feature = element.eContainmentFeature();
        String name = name(element);
        if (name != null) {
            return feature.getName() + '[' + name + ']';
        }
        if (feature.isMany()) {
            return feature.getName() + '[' + position.applyAsInt((List<?>) element.eContainer().eGet(feature), element) + ']';
        }
        return feature.getName();
    }

    private static String name(EObject element) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        if (feature != null && !feature.isMany() && element.eGet(feature) instanceof String name && !name.isBlank()) {
            return name;
        }
        return null;
    }

    /**
     * @param ruleId a rule id
     * @param ids the involved elements' ids
     * @param discriminator a stable discriminator, possibly empty
     * @return the fingerprint: SHA-256 over the parts, first 128 bits in hex
     */
    public static String fingerprint(String ruleId, List<String> ids, String discriminator) {
        // digest() resets the digest, so each thread's instance is ready for the next fingerprint.
        MessageDigest digest = SHA_256.get();
        digest.update(ruleId.getBytes(StandardCharsets.UTF_8));
        for (String id : ids) {
            digest.update((byte) 0);
            digest.update(id.getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) 1);
        digest.update(discriminator.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** One digest per thread: looking the algorithm up for every finding cost more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e); //$NON-NLS-1$
        }
    });
}
