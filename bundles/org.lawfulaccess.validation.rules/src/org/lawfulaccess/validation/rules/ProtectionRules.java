/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.List;

import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleProvider;

/**
 * Rules about protecting information and about the facts themselves: points of contact a treaty
 * requires (LA-SPOC-01), what escapes end-to-end encryption (LA-ENC-02, LA-ENC-03), classified use of
 * unaccredited services (LA-SEC-01) and the provenance of facts (LA-PROV-01).
 */
public final class ProtectionRules implements RuleProvider {

    @Override
    public List<Rule> rules() {
        return List.of(new MissingContactPointRule(), new TelemetryRecipientRule(), new CloudBackupRule(), new ClassifiedUseRule(),
                new WeakProvenanceRule());
    }
}
