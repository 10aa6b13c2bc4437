/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model and edit code of the Lawful Access metamodel without an Eclipse workspace.
 * <p>
 * EMF's generator writes whole projects (manifests, plugin.xml, build.properties, sources, icons). To
 * keep the hand-written bundle files ours, it generates into a scratch copy of both projects and then
 * {@link Outputs#publish copies back} only what the generator owns: {@code src-gen/},
 * {@code plugin.properties} and missing icons. The genmodel is refreshed from the .ecore first
 * ({@link GenModelRefresher}), so one run takes an edited .ecore all the way to compiled-ready code.
 * <p>
 * Usage: {@code Main <repository root>}. Exit code 0 on success, 1 when EMF reports an error, 2 on a
 * usage or I/O problem.
 */
public final class Main {

	private Main() {
	}

	/**
	 * Runs the generator.
	 *
	 * @param args the repository root (defaults to the working directory)
	 */
	public static void main(String[] args) {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		int status;
		try {
			status = run(root);
		} catch (IllegalStateException | IOException | UncheckedIOException e) {
			System.err.println("lawful codegen: " + e.getMessage());
			status = 2;
		}
		// Under exec:java this is Maven's own JVM: exit only on failure, so that a success lets Maven finish normally.
		if (status != 0) {
			System.exit(status);
		}
	}

	static int run(Path root) throws IOException {
		Path modelProject = root.resolve("bundles").resolve(GenModelSettings.MODEL_PROJECT);
		Path editProject = root.resolve("bundles").resolve(GenModelSettings.EDIT_PROJECT);
		Path genModelFile = modelProject.resolve("model/lawful.genmodel");
		if (!Files.isRegularFile(modelProject.resolve("model/lawful.ecore"))) {
			throw new IllegalStateException("no bundles/" + GenModelSettings.MODEL_PROJECT
					+ "/model/lawful.ecore below " + root + " (pass the repository root as argument)");
		}

		Path scratch = Files.createTempDirectory("lawful-codegen");
		try {
			Path scratchModel = scratch.resolve(GenModelSettings.MODEL_PROJECT);
			Path scratchEdit = scratch.resolve(GenModelSettings.EDIT_PROJECT);
			Outputs.copyTree(modelProject.resolve("model"), scratchModel.resolve("model"));
			Outputs.seedProject(modelProject, scratchModel);
			Outputs.seedProject(editProject, scratchEdit);

			ResourceSet resourceSet = createResourceSet(scratchModel, scratchEdit);
			URI genModelUri = URI.createPlatformResourceURI(
					"/" + GenModelSettings.MODEL_PROJECT + "/model/lawful.genmodel", true);
			GenModel genModel = GenModelRefresher.refresh(resourceSet, genModelUri,
					URI.createPlatformResourceURI("/" + GenModelSettings.MODEL_PROJECT + "/model/lawful.ecore", true));

			Diagnostic problems = genModel.diagnose();
			if (problems.getSeverity() == Diagnostic.ERROR) {
				report(problems);
				return 1;
			}
			if (generate(genModel) != 0) {
				return 1;
			}

			Outputs.publishIfChanged(scratchModel.resolve("model/lawful.genmodel"), genModelFile);
			Outputs.publish(scratchModel, modelProject, List.of("src-gen"), List.of("plugin.properties"), List.of());
			Outputs.publish(scratchEdit, editProject, List.of("src-gen"), List.of("plugin.properties"), List.of("icons"));
			System.out.println("lawful codegen: generated model and edit code from " + root.relativize(genModelFile));
			return 0;
		} finally {
			Outputs.deleteTree(scratch);
		}
	}

	private static ResourceSet createResourceSet(Path scratchModel, Path scratchEdit) {
		// Standalone registrations that Eclipse would otherwise make through extension points.
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		// The generator addresses projects as platform:/resource/<project>/...; map them to the scratch copies.
		EcorePlugin.getPlatformResourceMap().put(GenModelSettings.MODEL_PROJECT, directoryUri(scratchModel));
		EcorePlugin.getPlatformResourceMap().put(GenModelSettings.EDIT_PROJECT, directoryUri(scratchEdit));

		ResourceSet resourceSet = new ResourceSetImpl();
		Resource.Factory.Registry factories = resourceSet.getResourceFactoryRegistry();
		factories.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		factories.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
		return resourceSet;
	}

	private static URI directoryUri(Path directory) {
		return URI.createFileURI(directory.toString() + "/");
	}

	private static int generate(GenModel genModel) {
		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.setInput(genModel);
		int status = 0;
		for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				report(diagnostic);
			}
			if (diagnostic.getSeverity() == Diagnostic.ERROR) {
				status = 1;
			}
		}
		generator.dispose();
		return status;
	}

	private static void report(Diagnostic diagnostic) {
		String severity = diagnostic.getSeverity() == Diagnostic.ERROR ? "error" : "warning";
		if (diagnostic.getMessage() != null) {
			System.err.println("lawful codegen: " + severity + ": " + diagnostic.getMessage());
		}
		if (diagnostic.getException() != null) {
			System.err.println("  caused by " + diagnostic.getException());
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			report(child);
		}
	}
}
