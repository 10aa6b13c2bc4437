/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.codegen;

import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The generator settings of the Lawful Access metamodel, decided once and applied on every run so that
 * lawful.genmodel cannot drift from them. Editing them here (not in the genmodel editor) is the way to
 * change the generated code's shape.
 */
final class GenModelSettings {

	static final String MODEL_PROJECT = "org.lawfulaccess.model";
	static final String EDIT_PROJECT = "org.lawfulaccess.model.edit";

	private static final String COPYRIGHT = "Copyright (c) 2026 Lawful Access Workbench contributors.\n"
			+ "SPDX-License-Identifier: EPL-2.0";

	private static final String IDENTITY = "Identity";
	private static final String VALIDITY = "Validity";
	private static final String PROVENANCE = "Provenance";
	private static final String LEGAL = "Legal";
	private static final String TIMING = "Timing";
	private static final String RELATIONS = "Relations";
	private static final String SECURITY = "Security";

	/**
	 * Property-sheet category per feature name. A feature name means the same thing wherever it
	 * occurs in this metamodel, so one table covers every class; a feature missing here falls back to
	 * {@link #RELATIONS} for references and {@link #IDENTITY} for attributes.
	 */
	private static final Map<String, String> CATEGORIES = Map.ofEntries(
			Map.entry("name", IDENTITY), Map.entry("description", IDENTITY), Map.entry("code", IDENTITY),
			Map.entry("kind", IDENTITY), Map.entry("kinds", IDENTITY), Map.entry("title", IDENTITY),
			Map.entry("identifier", IDENTITY), Map.entry("url", IDENTITY), Map.entry("formatVersion", IDENTITY),
			Map.entry("validFrom", VALIDITY), Map.entry("validTo", VALIDITY), Map.entry("applicableFrom", VALIDITY),
			Map.entry("asOf", VALIDITY),
			Map.entry("citations", PROVENANCE), Map.entry("source", PROVENANCE), Map.entry("quote", PROVENANCE),
			Map.entry("locator", PROVENANCE), Map.entry("issuer", PROVENANCE), Map.entry("date", PROVENANCE),
			Map.entry("verification", PROVENANCE), Map.entry("adoptedOn", PROVENANCE),
			Map.entry("legalCitation", LEGAL), Map.entry("routeKind", LEGAL), Map.entry("dataCategories", LEGAL),
			Map.entry("dataCategory", LEGAL), Map.entry("issuingRoles", LEGAL), Map.entry("addresseeRole", LEGAL),
			Map.entry("legalForce", LEGAL), Map.entry("dualCriminality", LEGAL), Map.entry("status", LEGAL),
			Map.entry("statute", LEGAL), Map.entry("obligationKind", LEGAL), Map.entry("addresseeClass", LEGAL),
			Map.entry("requiredContactNetworks", LEGAL), Map.entry("effect", LEGAL), Map.entry("text", LEGAL),
			Map.entry("providerKinds", LEGAL), Map.entry("bound", LEGAL), Map.entry("legalBasis", LEGAL),
			Map.entry("outcome", LEGAL), Map.entry("network", LEGAL), Map.entry("stance", LEGAL),
			Map.entry("maxFine", LEGAL), Map.entry("emergencyOnly", LEGAL), Map.entry("seriousnessThreshold", LEGAL),
			Map.entry("minLatency", TIMING), Map.entry("maxLatency", TIMING), Map.entry("emergencyLatency", TIMING),
			Map.entry("preservationPeriod", TIMING), Map.entry("duration", TIMING), Map.entry("maxImprisonment", TIMING),
			Map.entry("eventDate", TIMING), Map.entry("requestDate", TIMING), Map.entry("urgency", TIMING),
			Map.entry("dataStore", SECURITY), Map.entry("model", SECURITY), Map.entry("keyHolders", SECURITY),
			Map.entry("thirdPartyKeyHolders", SECURITY), Map.entry("level", SECURITY), Map.entry("maxLevel", SECURITY),
			Map.entry("accreditedBy", SECURITY), Map.entry("recipient", SECURITY), Map.entry("purpose", SECURITY),
			Map.entry("decision", SECURITY));

	private GenModelSettings() {
	}

	/** Applies every decided setting to a (freshly initialised or reconciled) genmodel. */
	static void apply(GenModel genModel) {
		genModel.setModelName("Lawful");
		genModel.setModelPluginID(MODEL_PROJECT);
		genModel.setModelDirectory("/" + MODEL_PROJECT + "/src-gen");
		genModel.setEditDirectory("/" + EDIT_PROJECT + "/src-gen");
		genModel.setEditPluginClass("org.lawfulaccess.model.edit.provider.LawfulEditPlugin");
		// No model plug-in class: the model bundle needs no activator and no org.eclipse.core.runtime.
		genModel.setModelPluginClass(null);
		// The generated edit activator delegates through OSGi only, so org.eclipse.core.runtime is optional.
		genModel.setOSGiCompatible(true);
		genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
		genModel.setRuntimeVersion(GenRuntimeVersion.get(GenRuntimeVersion.VALUES.size() - 1));
		genModel.setCopyrightText(COPYRIGHT);
		genModel.setCopyrightFields(false);
		genModel.setNonNLSMarkers(true);
		genModel.setOperationReflection(true);
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setCodeFormatting(false);
		// One object icon per class is enough; per-child creation icons would be hundreds of GIFs.
		genModel.setCreationIcons(false);
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.getForeignModel().clear();
		genModel.getForeignModel().add("lawful.ecore");

		for (GenPackage genPackage : genModel.getGenPackages()) {
			genPackage.setPrefix("Lawful");
			genPackage.setBasePackage("org.lawfulaccess");
			genPackage.setProviderPackageSuffix("edit.provider");
			genPackage.setFileExtensions("lawful");
			// In-house bundles subclass our classes in their own packages and contribute children here.
			genPackage.setExtensibleProviderFactory(true);
			genPackage.setChildCreationExtenders(true);
			for (GenClass genClass : genPackage.getGenClasses()) {
				for (GenFeature genFeature : genClass.getGenFeatures()) {
					applyFeature(genFeature);
				}
			}
		}
	}

	private static void applyFeature(GenFeature genFeature) {
		EStructuralFeature feature = genFeature.getEcoreFeature();
		String fallback = genFeature.isReferenceType() ? RELATIONS : IDENTITY;
		genFeature.setPropertyCategory(CATEGORIES.getOrDefault(feature.getName(), fallback));
		String documentation = EcoreUtil.getDocumentation(feature);
		genFeature.setPropertyDescription(documentation == null ? null : documentation.strip());
	}
}
