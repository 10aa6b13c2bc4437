/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-ENC-03: information that an end-to-end encrypted service keeps a cloud backup that is not
 * end-to-end encrypted by default, so the content can be reached there. Not a defect of the model or
 * of a route: an alternative the analyst should know about, hence info.
 */
final class CloudBackupRule implements Rule {

    static final String ID = "LA-ENC-03"; //$NON-NLS-1$

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID, ProtectionMessages.format(ID + ".title"), Category.ENCRYPTION) //$NON-NLS-1$
            .severity(Severity.INFO)
            .targets(LawfulPackage.Literals.SERVICE)
            .scope(RuleScope.TARGET)
            .description(ProtectionMessages.format(ID + ".description")) //$NON-NLS-1$
            .example(ProtectionMessages.format(ID + ".example")) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        if (!(target instanceof Service service)) {
            return;
        }
        LocalDate date = context.date();
        // The backup's own profile does not make the service end-to-end: the content elsewhere must be.
        List<EncryptionProfile> endToEnd = EndToEndProfiles.of(service, date).stream()
                .filter(p -> p.getDataStore() != DataStore.CLOUD_BACKUP).toList();
        if (endToEnd.isEmpty()) {
            return;
        }
        for (EncryptionProfile backup : service.getEncryption()) {
            // Optional end-to-end backup still leaves the default backups readable: flagged too.
            if (backup.getDataStore() == DataStore.CLOUD_BACKUP && backup.isValidAt(date) && backup.getModel() != EncryptionModel.E2E_DEFAULT) {
                String holders = backup.getKeyHolders().isEmpty() ? ProtectionMessages.format("keyHolders.unstated") //$NON-NLS-1$
                        : ProtectionMessages.list(backup.getKeyHolders(), ProtectionMessages::literal);
                FindingBuilder finding = context.finding(service, backup)
                        .message(ProtectionMessages.format(ID + ".message", context.label(service), //$NON-NLS-1$
                                ProtectionMessages.list(endToEnd, p -> ProtectionMessages.literal(p.getDataStore())),
                                ProtectionMessages.literal(backup.getModel()), holders));
                endToEnd.forEach(finding::evidence);
                finding.evidence(backup).report();
            }
        }
    }
}
