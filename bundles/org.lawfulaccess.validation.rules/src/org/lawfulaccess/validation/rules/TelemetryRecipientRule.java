/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.TelemetryKind;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-ENC-02: an end-to-end encrypted service whose telemetry goes to someone who holds none of its
 * keys. Such a recipient sees metadata (who, when, from where, on which device) that the encryption
 * was meant to keep between the key holders. One finding per (service, recipient); reads only the
 * service, its profiles and telemetry, so it is re-evaluated per service after an edit.
 */
final class TelemetryRecipientRule implements Rule {

    static final String ID = "LA-ENC-02"; //$NON-NLS-1$

    /** Parameter: the telemetry kinds that count, as literals separated by commas. */
    static final String KINDS = "telemetryKinds"; //$NON-NLS-1$

    /** Diagnostics that carry metadata of the communication itself; usage analytics is opt-in by parameter. */
    private static final Set<TelemetryKind> DEFAULT_KINDS = EnumSet.of(TelemetryKind.DEBUG_LOGS, TelemetryKind.CRASH_REPORTS,
            TelemetryKind.CONNECTION_QUALITY);

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID, ProtectionMessages.format(ID + ".title"), Category.ENCRYPTION) //$NON-NLS-1$
            .severity(Severity.WARNING)
            .targets(LawfulPackage.Literals.SERVICE)
            .scope(RuleScope.TARGET)
            .description(ProtectionMessages.format(ID + ".description")) //$NON-NLS-1$
            .example(ProtectionMessages.format(ID + ".example")) //$NON-NLS-1$
            .parameter(KINDS, DEFAULT_KINDS.stream().map(Enum::name).collect(Collectors.joining(", ")), //$NON-NLS-1$
                    ProtectionMessages.format(ID + ".parameter." + KINDS)) //$NON-NLS-1$
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
        List<EncryptionProfile> profiles = EndToEndProfiles.of(service, date);
        if (profiles.isEmpty()) {
            return;
        }
        Set<TelemetryKind> kinds = kinds(context);
        Map<Actor, List<Telemetry>> leaks = new LinkedHashMap<>();
        for (Telemetry telemetry : service.getTelemetry()) {
            Actor recipient = telemetry.getRecipient();
            if (recipient != null && telemetry.isValidAt(date) && kinds.contains(telemetry.getKind())
                    && !holdsKeys(recipient, service, profiles)) {
                leaks.computeIfAbsent(recipient, r -> new ArrayList<>()).add(telemetry);
            }
        }
        String holders = holders(profiles);
        for (Map.Entry<Actor, List<Telemetry>> leak : leaks.entrySet()) {
            Set<TelemetryKind> sent = new LinkedHashSet<>();
            leak.getValue().forEach(t -> sent.add(t.getKind()));
            FindingBuilder finding = context.finding(service, leak.getKey())
                    .message(ProtectionMessages.format(ID + ".message", context.label(service), //$NON-NLS-1$
                            ProtectionMessages.list(sent, ProtectionMessages::literal), context.label(leak.getKey()), holders));
            profiles.forEach(finding::evidence);
            leak.getValue().forEach(finding::evidence);
            finding.report();
        }
    }

    /**
     * Users never receive telemetry, so only the provider or a named third party can be both a key
     * holder and a recipient, and only if some end-to-end profile gives them the keys.
     */
    private static boolean holdsKeys(Actor recipient, Service service, List<EncryptionProfile> profiles) {
        for (EncryptionProfile profile : profiles) {
            if (profile.getKeyHolders().contains(KeyHolder.PROVIDER) && recipient == service.getProvider()
                    || profile.getKeyHolders().contains(KeyHolder.THIRD_PARTY) && profile.getThirdPartyKeyHolders().contains(recipient)) {
                return true;
            }
        }
        return false;
    }

    private static String holders(List<EncryptionProfile> profiles) {
        Set<KeyHolder> holders = EnumSet.noneOf(KeyHolder.class);
        profiles.forEach(p -> holders.addAll(p.getKeyHolders()));
        return holders.isEmpty() ? ProtectionMessages.format("keyHolders.unstated") //$NON-NLS-1$
                : ProtectionMessages.list(holders, ProtectionMessages::literal);
    }

    private static Set<TelemetryKind> kinds(RuleContext context) {
        return context.parameter(KINDS).map(value -> {
            Set<TelemetryKind> kinds = EnumSet.noneOf(TelemetryKind.class);
            for (String literal : value.split("[,\\s]+")) { //$NON-NLS-1$
                if (literal.isEmpty()) {
                    continue;
                }
                TelemetryKind kind = TelemetryKind.get(literal);
                if (kind == null) {
                    throw new IllegalArgumentException(ProtectionMessages.format("parameter.unknownLiteral", ID + '.' + KINDS, literal, //$NON-NLS-1$
                            ProtectionMessages.list(TelemetryKind.VALUES, TelemetryKind::getLiteral)));
                }
                kinds.add(kind);
            }
            return kinds;
        }).orElse(DEFAULT_KINDS);
    }
}
