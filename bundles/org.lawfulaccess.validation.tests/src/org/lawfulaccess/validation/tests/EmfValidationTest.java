package org.lawfulaccess.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.lawfulaccess.model.LawfulPackage;
import org.lawfulaccess.validation.EmfValidation;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.Validator;

class EmfValidationTest {

    @Test
    void diagnosticianReportsTheSameFindings() {
        Fixtures m = new Fixtures();
        m.uncited.setValidTo(m.uncited.getValidFrom());
        m.uncited.setValidFrom(Fixtures.AS_OF.plusDays(5));
        m.uncited.setValidTo(Fixtures.AS_OF.plusDays(1));
        Validator validator = Validator.of(Fixtures.catalogue(), ValidationConfig.DEFAULTS);
        Set<String> expected = validator.validate(m.resource, null).findings().stream().map(Finding::fingerprint).collect(Collectors.toSet());
        assertTrue(!expected.isEmpty());

        EValidator.Registry registry = new EValidatorRegistryImpl();
        try (EmfValidation.Registration registration = EmfValidation.register(registry, LawfulPackage.eINSTANCE, validator, null)) {
            Diagnostic diagnostic = new Diagnostician(registry).validate(m.ecosystem);
            Set<String> reported = diagnostic.getChildren().stream()
                    .map(d -> d.getData().stream().filter(Finding.class::isInstance).map(o -> ((Finding) o).fingerprint()).findFirst().orElse(null))
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            assertEquals(expected, reported);
            assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        }
        assertSame(null, registry.get(LawfulPackage.eINSTANCE));
        assertEquals(List.of(), List.of());
    }
}
