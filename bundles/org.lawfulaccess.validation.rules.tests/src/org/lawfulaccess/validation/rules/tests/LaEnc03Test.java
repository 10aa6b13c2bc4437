/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Severity;

/** Oracle test of LA-ENC-03: an end-to-end service whose cloud backup is not end-to-end. */
class LaEnc03Test {

    static final String RULE_ID = "LA-ENC-03";

    private final ProtectionModel m = new ProtectionModel();
    private final Provider provider = m.provider("Provider A");

    @Test
    void aReadableBackupOfAnEndToEndServiceIsReportedAsInformation() {
        Service service = m.service("Service A", provider);
        m.encryption(service, DataStore.ON_DEVICE, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
        EncryptionProfile backup = m.encryption(service, DataStore.CLOUD_BACKUP, EncryptionModel.TRANSPORT, KeyHolder.PROVIDER);
        Service optional = m.service("Service B", provider);
        m.encryption(optional, DataStore.IN_TRANSIT, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
        EncryptionProfile onDemand = m.encryption(optional, DataStore.CLOUD_BACKUP, EncryptionModel.E2E_OPTIONAL, KeyHolder.USERS);

        List<Finding> findings = m.findings(RULE_ID);

        assertEquals(2, findings.size(), findings.toString());
        assertEquals(List.of(service, backup), findings.get(0).elements().get(0) == service ? findings.get(0).elements() : findings.get(1).elements());
        assertEquals(List.of(optional, onDemand), findings.get(0).elements().get(0) == optional ? findings.get(0).elements() : findings.get(1).elements());
        findings.forEach(f -> assertEquals(Severity.INFO, f.severity()));
    }

    @Test
    void nearMissesEndToEndBackupNoEndToEndElsewhereNoBackupAndLapsedBackup() {
        Service sealed = m.service("Service A", provider);
        m.encryption(sealed, DataStore.ON_DEVICE, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
        m.encryption(sealed, DataStore.CLOUD_BACKUP, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
        Service plain = m.service("Service B", provider);
        m.encryption(plain, DataStore.IN_TRANSIT, EncryptionModel.TRANSPORT, KeyHolder.PROVIDER);
        m.encryption(plain, DataStore.CLOUD_BACKUP, EncryptionModel.TRANSPORT, KeyHolder.PROVIDER);
        Service unknown = m.service("Service C", provider);
        m.encryption(unknown, DataStore.IN_TRANSIT, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
        Service lapsed = m.service("Service D", provider);
        m.encryption(lapsed, DataStore.IN_TRANSIT, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
        m.encryption(lapsed, DataStore.CLOUD_BACKUP, EncryptionModel.NONE).setValidTo(ProtectionModel.AS_OF);

        assertEquals(List.of(), m.findings(RULE_ID));
    }
}
