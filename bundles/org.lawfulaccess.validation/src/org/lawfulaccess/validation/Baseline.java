/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lawfulaccess.validation.internal.Messages;
import org.lawfulaccess.validation.internal.json.JsonReader;

/**
 * The fingerprints of an earlier run, read back from its JSON report or SARIF log, so that CI can
 * tell new findings from known ones.
 *
 * @param fingerprints the fingerprints
 */
public record Baseline(Set<String> fingerprints) {

    /** The key of the fingerprint in SARIF {@code partialFingerprints}. */
    public static final String SARIF_FINGERPRINT_KEY = "lawfulFingerprint/v1"; //$NON-NLS-1$

    /** Copies the set. */
    public Baseline {
        fingerprints = Set.copyOf(fingerprints);
    }

    /** @param fingerprint a fingerprint @return whether the earlier run had it */
    public boolean contains(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    /**
     * Reads a JSON report ({@code findings[].fingerprint}) or a SARIF log
     * ({@code runs[].results[].partialFingerprints}).
     *
     * @param file the file
     * @return the baseline
     * @throws ConfigException naming the file (and line) if it is neither
     */
    public static Baseline read(Path file) throws ConfigException {
        Object document;
        try {
            document = JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(Messages.format("baseline.unreadable", file, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        } catch (JsonReader.SyntaxException e) {
            throw new ConfigException(Messages.format("json.syntax", file, e.line(), e.getMessage()), e); //$NON-NLS-1$
        }
        Set<String> found = new TreeSet<>();
        boolean recognised = false;
        if (document instanceof Map<?, ?> root) {
            if (root.get("runs") instanceof List<?> runs) { //$NON-NLS-1$
                recognised = true;
                for (Object run : runs) {
                    if (run instanceof Map<?, ?> r && r.get("results") instanceof List<?> results) { //$NON-NLS-1$
                        for (Object result : results) {
                            if (result instanceof Map<?, ?> m && m.get("partialFingerprints") instanceof Map<?, ?> fps //$NON-NLS-1$
                                    && fps.get(SARIF_FINGERPRINT_KEY) instanceof String fp) {
                                found.add(fp);
                            }
                        }
                    }
                }
            } else if (root.get("findings") instanceof List<?> findings) { //$NON-NLS-1$
                recognised = true;
                for (Object finding : findings) {
                    if (finding instanceof Map<?, ?> m && m.get("fingerprint") instanceof String fp) { //$NON-NLS-1$
                        found.add(fp);
                    }
                }
            }
        }
        if (!recognised) {
            throw new ConfigException(Messages.format("baseline.noFindings", file)); //$NON-NLS-1$
        }
        return new Baseline(found);
    }
}
