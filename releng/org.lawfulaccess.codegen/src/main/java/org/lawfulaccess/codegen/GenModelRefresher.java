/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Brings lawful.genmodel in line with lawful.ecore, the way Eclipse's "Reload" does: a fresh genmodel is
 * initialised from the .ecore, the existing one's settings are carried over ({@link GenModel#reconcile}),
 * and {@link GenModelSettings} is applied on top. A feature added to the .ecore therefore never goes
 * missing from the generated code.
 */
final class GenModelRefresher {

	private GenModelRefresher() {
	}

	/**
	 * @param settings the decided settings, applied last; used gen packages (of a model that extends
	 *                 another) are carried over from the existing genmodel, as Eclipse's importer does
	 */
	static GenModel refresh(ResourceSet resourceSet, URI genModelUri, URI ecoreUri, Consumer<GenModel> settings) {
		Resource ecoreResource = resourceSet.getResource(ecoreUri, true);
		EPackage ePackage = (EPackage) ecoreResource.getContents().get(0);

		GenModel previous = null;
		if (resourceSet.getURIConverter().exists(genModelUri, null)) {
			previous = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
		}

		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(List.of(ePackage));
		if (previous != null) {
			genModel.reconcile(previous);
			// What Eclipse's importer keeps and reconcile does not.
			genModel.getUsedGenPackages().addAll(previous.getUsedGenPackages());
			genModel.setImporterID(previous.getImporterID());
			genModel.getForeignModel().addAll(previous.getForeignModel());
			previous.eResource().unload();
			resourceSet.getResources().remove(previous.eResource());
		}
		settings.accept(genModel);

		Resource target = resourceSet.createResource(genModelUri);
		target.getContents().add(genModel);
		try {
			Map<Object, Object> options = new LinkedHashMap<>();
			options.put(XMLResource.OPTION_ENCODING, "UTF-8");
			options.put(Resource.OPTION_LINE_DELIMITER, "\n");
			target.save(options);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + genModelUri, e);
		}
		return genModel;
	}
}
