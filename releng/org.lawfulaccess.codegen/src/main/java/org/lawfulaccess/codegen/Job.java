/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.codegen;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;

/**
 * One generation: a genmodel, the settings applied to it, the project types generated, the projects
 * written (the first holds the model folder) and the installed plug-ins it reads.
 */
record Job(String name, Path ecore, Path genModel, Consumer<GenModel> settings, List<String> projectTypes,
		List<Project> projects, Map<String, Path> plugins) {

	/**
	 * A project the generator writes.
	 *
	 * @param trees      folders the generator owns entirely
	 * @param files      single files the generator owns
	 * @param addedTrees folders where generated files are added only when missing
	 */
	record Project(String id, Path directory, List<String> trees, List<String> files, List<String> addedTrees) {
	}

	static final String INHOUSE_PROJECT = "org.lawfulaccess.examples.inhouse";

	/** @return the metamodel (model and edit code), then the in-house example that extends it */
	static List<Job> all(Path root) {
		Path bundles = root.resolve("bundles");
		Path model = bundles.resolve(GenModelSettings.MODEL_PROJECT);
		Path inhouse = bundles.resolve(INHOUSE_PROJECT);
		Job lawful = new Job("model and edit code", model.resolve("model/lawful.ecore"), model.resolve("model/lawful.genmodel"),
				GenModelSettings::apply,
				List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE),
				List.of(new Project(GenModelSettings.MODEL_PROJECT, model, List.of("src-gen"), List.of("plugin.properties", "model/lawful.genmodel"), List.of()),
						new Project(GenModelSettings.EDIT_PROJECT, bundles.resolve(GenModelSettings.EDIT_PROJECT), List.of("src-gen"),
								List.of("plugin.properties"), List.of("icons"))),
				Map.of());
		// The in-house example keeps its own genmodel settings; only its model code is generated.
		Job example = new Job("the in-house example's model code", inhouse.resolve("model/inhouse.ecore"), inhouse.resolve("model/inhouse.genmodel"),
				genModel -> {
				}, List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE),
				List.of(new Project(INHOUSE_PROJECT, inhouse, List.of("src-gen"), List.of("model/inhouse.genmodel"), List.of())),
				Map.of(GenModelSettings.MODEL_PROJECT, model));
		return List.of(lawful, example);
	}
}
