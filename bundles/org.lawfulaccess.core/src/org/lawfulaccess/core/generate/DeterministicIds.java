package org.lawfulaccess.core.generate;

import java.util.Base64;
import java.util.Iterator;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Gives every element of a generated model an id derived from the seed, in the shape EMF gives
 * UUIDs ({@code _} and 22 characters of URL-safe Base64 over 128 bits), so that the same seed
 * saves to the same bytes while the ids stay indistinguishable from ones made by the editor.
 */
final class DeterministicIds {

    /** Separates the id stream from the content stream of the same seed. */
    private static final long ID_STREAM = 0x6C61_7766_756C_4944L;

    private DeterministicIds() {
    }

    /**
     * Sets the ids before the tree is attached: {@link XMLResource} keeps an id set on a detached
     * element and only makes up a random one for elements without.
     */
    static void assign(XMLResource resource, EObject root, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ ID_STREAM);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        byte[] bytes = new byte[16];
        resource.setID(root, next(random, encoder, bytes));
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            resource.setID(it.next(), next(random, encoder, bytes));
        }
    }

    private static String next(SplittableRandom random, Base64.Encoder encoder, byte[] bytes) {
        random.nextBytes(bytes);
        // Version 4 and the RFC 4122 variant, so that the decoded value is a well-formed random UUID.
        bytes[6] = (byte) ((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3F) | 0x80);
        return "_" + encoder.encodeToString(bytes); //$NON-NLS-1$
    }
}
