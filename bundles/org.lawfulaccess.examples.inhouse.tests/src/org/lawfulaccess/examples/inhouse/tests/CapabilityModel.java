package org.lawfulaccess.examples.inhouse.tests;

import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.examples.inhouse.model.ExtractionMethod;
import org.lawfulaccess.examples.inhouse.model.InhouseFactory;
import org.lawfulaccess.examples.inhouse.model.ToolingCapability;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;

/**
 * A small model with neutral names, in a resource so that every element has an XMI id: an
 * authority holding a device-extraction tool that covers an end-to-end encrypted service and a
 * transport-encrypted one. The tool's validity is set by each test.
 */
final class CapabilityModel {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);

    private static final LawfulFactory F = LawfulFactory.eINSTANCE;

    final Resource resource;
    final Ecosystem ecosystem;
    final Authority authority;
    final Service encrypted;
    final Service plain;
    final ToolingCapability capability;

    CapabilityModel() {
        this(LawfulResources.newResourceSet().createResource(URI.createURI("memory:/inhouse.lawful")));
    }

    /** @param resource an empty resource the model is added to */
    CapabilityModel(Resource resource) {
        this.resource = resource;
        ecosystem = F.createEcosystem();
        ecosystem.setName("Model A");
        ecosystem.setAsOf(AS_OF);
        resource.getContents().add(ecosystem);

        Jurisdiction state = F.createJurisdiction();
        state.setName("State A");
        state.setCode("AA");
        ecosystem.getJurisdictions().add(state);
        authority = F.createAuthority();
        authority.setName("Authority A");
        authority.setKind(AuthorityKind.POLICE);
        authority.setJurisdiction(state);
        ecosystem.getActors().add(authority);
        Provider provider = F.createProvider();
        provider.setName("Provider A");
        provider.setJurisdiction(state);
        ecosystem.getActors().add(provider);
        encrypted = service("Service E", provider, EncryptionModel.E2E_DEFAULT);
        plain = service("Service T", provider, EncryptionModel.TRANSPORT);

        Source contract = F.createSource();
        contract.setName("Source A");
        contract.setTitle("Licence contract A");
        contract.setKind(SourceKind.OFFICIAL_TEXT);
        ecosystem.getSources().add(contract);

        capability = InhouseFactory.eINSTANCE.createToolingCapability();
        capability.setHolder(authority);
        capability.setTool("Tool A");
        capability.setMethod(ExtractionMethod.DEVICE_EXTRACTION);
        capability.getServices().add(encrypted);
        capability.getServices().add(plain);
        capability.getDataCategories().add(DataCategory.CONTENT);
        capability.getDataCategories().add(DataCategory.TRAFFIC);
        capability.setValidFrom(LocalDate.of(2019, 1, 1));
        Citation citation = F.createCitation();
        citation.setSource(contract);
        citation.setQuote("The licence runs for two years.");
        citation.setLocator("clause 4");
        capability.getCitations().add(citation);
        ecosystem.getFacts().add(capability);
    }

    private Service service(String name, Provider provider, EncryptionModel model) {
        Service service = F.createService();
        service.setName(name);
        service.setProvider(provider);
        EncryptionProfile profile = F.createEncryptionProfile();
        profile.setDataStore(DataStore.IN_TRANSIT);
        profile.setModel(model);
        profile.getKeyHolders().add(model == EncryptionModel.E2E_DEFAULT ? KeyHolder.USERS : KeyHolder.PROVIDER);
        service.getEncryption().add(profile);
        ecosystem.getServices().add(service);
        return service;
    }
}
