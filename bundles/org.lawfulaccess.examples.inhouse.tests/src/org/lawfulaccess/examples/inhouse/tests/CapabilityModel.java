package org.lawfulaccess.examples.inhouse.tests;

import java.time.LocalDate;

import org.eclipse.emf.ecore.resource.Resource;
import org.lawfulaccess.examples.inhouse.model.ExtractionMethod;
import org.lawfulaccess.examples.inhouse.model.InhouseFactory;
import org.lawfulaccess.examples.inhouse.model.ToolingCapability;
import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.DataStore;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.KeyHolder;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.SourceKind;
import org.lawfulaccess.tests.support.ModelBuilder;

/**
 * A small model with neutral names, in a resource so that every element has an XMI id: an
 * authority holding a device-extraction tool that covers an end-to-end encrypted service and a
 * transport-encrypted one. The tool's validity is set by each test.
 */
final class CapabilityModel extends ModelBuilder {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 1);

    final Resource resource = resource();
    final Ecosystem ecosystem = named("Model A").asOf(AS_OF).ecosystem();
    private final Jurisdiction state = jurisdiction("State A", "AA");
    final Authority authority = authority("Authority A", state, AuthorityKind.POLICE);
    private final Provider provider = provider("Provider A", state);
    final Service encrypted = service("Service E", EncryptionModel.E2E_DEFAULT, KeyHolder.USERS);
    final Service plain = service("Service T", EncryptionModel.TRANSPORT, KeyHolder.PROVIDER);
    private final Source contract = source("Source A", "Licence contract A", SourceKind.OFFICIAL_TEXT);
    final ToolingCapability capability = InhouseFactory.eINSTANCE.createToolingCapability();

    CapabilityModel() {
        this(memoryResource("inhouse.lawful"));
    }

    /** @param resource an empty resource the model is added to */
    CapabilityModel(Resource resource) {
        super(resource);
        capability.setHolder(authority);
        capability.setTool("Tool A");
        capability.setMethod(ExtractionMethod.DEVICE_EXTRACTION);
        capability.getServices().add(encrypted);
        capability.getServices().add(plain);
        capability.getDataCategories().add(DataCategory.CONTENT);
        capability.getDataCategories().add(DataCategory.TRAFFIC);
        capability.setValidFrom(LocalDate.of(2019, 1, 1));
        cite(capability, contract, "The licence runs for two years.", "clause 4");
        ecosystem.getFacts().add(capability);
    }

    /** A service of the provider whose data in transit is encrypted with the model and the holder's keys. */
    private Service service(String name, EncryptionModel model, KeyHolder holder) {
        Service service = service(name, provider);
        encryption(service, DataStore.IN_TRANSIT, model, holder);
        return service;
    }
}
