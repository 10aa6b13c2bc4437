/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteStep;
import org.lawfulaccess.core.routes.ScenarioRoutes;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.DomesticObligation;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.model.ObligationKind;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.FindingBuilder;
import org.lawfulaccess.validation.Rule;
import org.lawfulaccess.validation.RuleContext;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.RuleScope;
import org.lawfulaccess.validation.Severity;

/**
 * LA-ENC-01: a decryption, interception or content obligation aimed at a service that the provider
 * cannot read. A step counts if it reaches the provider under a decryption-key or interception
 * obligation, or if the scenario asks for content or real-time data. The service counts if every
 * profile of the stores the provider handles (in transit, on its servers) valid at the date is
 * end-to-end by default with the users as the only key holders: the provider then has nothing to
 * hand over. Stores on the device or in a backup are other routes (LA-ENC-03), not this one.
 */
final class EncryptedTargetRule implements Rule {

    static final String ID = "LA-ENC-01"; //$NON-NLS-1$

    private static final Set<DataStore> PROVIDER_STORES = Set.of(DataStore.IN_TRANSIT, DataStore.PROVIDER_SERVERS);
    private static final Set<ObligationKind> DECRYPTION = Set.of(ObligationKind.DECRYPTION_KEY_DISCLOSURE,
            ObligationKind.INTERCEPTION_CAPABILITY);
    private static final Set<DataCategory> READABLE = Set.of(DataCategory.CONTENT, DataCategory.REAL_TIME);

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor
            .builder(ID, AccessMessages.format("enc01.title"), Category.ENCRYPTION) //$NON-NLS-1$
            .severity(Severity.ERROR)
            .targets(LawfulPackage.Literals.SCENARIO)
            .scope(RuleScope.MODEL)
            .reads(LawfulPackage.Literals.ECOSYSTEM) // the date; the scenario and its routes are declared as read
            .legalBasis(AccessMessages.format("basis.penal"), AccessMessages.format("source.penal")) //$NON-NLS-1$ //$NON-NLS-2$
            .legalBasis(AccessMessages.format("basis.cpce"), AccessMessages.format("source.cpce")) //$NON-NLS-1$ //$NON-NLS-2$
            .description(AccessMessages.format("enc01.description")) //$NON-NLS-1$
            .example(AccessMessages.format("enc01.example")) //$NON-NLS-1$
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(EObject target, RuleContext context) {
        Scenario scenario = (Scenario) target;
        context.reads(scenario);
        Service service = scenario.getTargetService();
        if (service == null || context.ecosystem() == null) {
            return;
        }
        context.reads(service); // and the encryption profiles it contains
        List<EncryptionProfile> profiles = service.getEncryption().stream()
                .filter(p -> PROVIDER_STORES.contains(p.getDataStore()) && p.isValidAt(context.date())).toList();
        if (profiles.isEmpty() || !profiles.stream().allMatch(EncryptedTargetRule::usersOnly)) {
            return;
        }
        ScenarioRoutes routes = Routes.of(scenario, context).orElse(null);
        if (routes == null) {
            return;
        }
        Set<Provision> seen = new HashSet<>();
        for (Route route : routes.routes()) {
            RouteStep last = route.last();
            Provision provision = last.provision();
            if (last.isAddressedToProvider() && aimsAtReadableData(scenario, provision) && seen.add(provision)) {
                FindingBuilder finding = context.finding(scenario, provision).evidence(provision);
                if (provision.getInstrument() instanceof DomesticObligation obligation) {
                    finding.evidence(obligation);
                }
                profiles.forEach(finding::evidence);
                finding.message(AccessMessages.format("enc01.message", context.label(scenario), context.label(provision), //$NON-NLS-1$
                        context.label(service))).report();
            }
        }
    }

    private static boolean aimsAtReadableData(Scenario scenario, Provision provision) {
        if (provision.getInstrument() instanceof DomesticObligation obligation && DECRYPTION.contains(obligation.getObligationKind())) {
            return true;
        }
        return READABLE.contains(scenario.getDataCategory());
    }

    private static boolean usersOnly(EncryptionProfile profile) {
        return profile.getModel() == EncryptionModel.E2E_DEFAULT && !profile.getKeyHolders().isEmpty()
                && profile.getKeyHolders().stream().allMatch(k -> k == KeyHolder.USERS);
    }
}
