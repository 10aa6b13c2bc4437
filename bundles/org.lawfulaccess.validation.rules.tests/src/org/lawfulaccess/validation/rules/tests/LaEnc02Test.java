/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.Organisation;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.TelemetryKind;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.ValidationConfig;

/** Oracle test of LA-ENC-02: telemetry of an end-to-end service sent to someone without its keys. */
class LaEnc02Test {

    static final String RULE_ID = "LA-ENC-02";

    private final ProtectionModel m = new ProtectionModel();
    private final Provider provider = m.provider("Provider A");

    @Test
    void telemetryToAProviderWithoutKeysIsOneFindingPerRecipient() {
        Service service = m.service("Service A", provider);
        m.encryption(service, DataStore.IN_TRANSIT, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
        m.telemetry(service, TelemetryKind.DEBUG_LOGS, provider);
        m.telemetry(service, TelemetryKind.CRASH_REPORTS, provider);

        List<Finding> findings = m.findings(RULE_ID);

        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(List.of(service, provider), finding.elements());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("debug logs") && finding.message().contains("crash reports"), finding.message());
        assertEquals(3, finding.evidence().size(), "the profile and both telemetry facts");
    }

    @Test
    void thirdPartiesCountOnlyWhenNamedAsKeyHolders() {
        Organisation holder = m.organisation("Organisation A");
        Organisation other = m.organisation("Organisation B");
        Service service = m.service("Service A", provider);
        EncryptionProfile profile = m.encryption(service, DataStore.IN_TRANSIT, EncryptionModel.E2E_OPTIONAL, KeyHolder.USERS, KeyHolder.THIRD_PARTY);
        profile.getThirdPartyKeyHolders().add(holder);
        m.telemetry(service, TelemetryKind.CONNECTION_QUALITY, holder);
        m.telemetry(service, TelemetryKind.CONNECTION_QUALITY, other);

        List<Finding> findings = m.findings(RULE_ID);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(other, findings.get(0).elements().get(1));
    }

    @Test
    void nearMissesKeyHoldingProviderTransportOnlyLapsedProfileAndUsageAnalytics() {
        Service keyHolding = m.service("Service B", provider);
        m.encryption(keyHolding, DataStore.IN_TRANSIT, EncryptionModel.E2E_DEFAULT, KeyHolder.PROVIDER);
        m.telemetry(keyHolding, TelemetryKind.DEBUG_LOGS, provider);
        Service transport = m.service("Service C", provider);
        m.encryption(transport, DataStore.IN_TRANSIT, EncryptionModel.TRANSPORT, KeyHolder.PROVIDER);
        m.telemetry(transport, TelemetryKind.DEBUG_LOGS, provider);
        Service lapsed = m.service("Service D", provider);
        m.encryption(lapsed, DataStore.IN_TRANSIT, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS).setValidTo(ProtectionModel.AS_OF);
        m.telemetry(lapsed, TelemetryKind.DEBUG_LOGS, provider);
        Service analytics = m.service("Service E", provider);
        m.encryption(analytics, DataStore.IN_TRANSIT, EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
        m.telemetry(analytics, TelemetryKind.USAGE_ANALYTICS, provider);

        assertEquals(List.of(), m.findings(RULE_ID));

        // The telemetry kinds are a parameter: usage analytics counts once configured.
        ValidationConfig config = new ValidationConfig(Map.of(), Map.of(), Map.of(),
                Map.of(RULE_ID, Map.of("telemetryKinds", "USAGE_ANALYTICS")), Map.of());
        List<Finding> configured = m.findings(RULE_ID, config, null);
        assertEquals(1, configured.size(), configured.toString());
        assertEquals(analytics, configured.get(0).elements().get(0));
    }
}
