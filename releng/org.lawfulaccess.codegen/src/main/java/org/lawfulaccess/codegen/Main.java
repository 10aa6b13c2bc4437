/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF code of the Lawful Access metamodel and of the in-house example without an
 * Eclipse workspace, or checks that the committed code is what the generator produces.
 * <p>
 * EMF's generator writes whole projects (manifests, plugin.xml, build.properties, sources, icons). To
 * keep the hand-written bundle files ours, it generates into a scratch copy of the projects and then
 * {@link Outputs#publish copies back} only what the generator owns: {@code src-gen/},
 * {@code plugin.properties} and missing icons. The genmodel is refreshed from the .ecore first
 * ({@link GenModelRefresher}), so one run takes an edited .ecore all the way to compiled-ready code.
 * <p>
 * Usage: {@code Main <repository root>} regenerates; {@code Main --check <folder> <repository root>}
 * regenerates into {@code folder} and compares with the committed files instead, failing with the list
 * of files that differ (the build runs this). Exit code 0 on success, 1 when EMF reports an error, 2 on
 * a usage or I/O problem; a failed check is an exception, so that Maven reports it and goes on.
 */
public final class Main {

	private static final String CHECK = "--check";

	/** The committed code is not what the generator produces; thrown, not exited, so that Maven reports it. */
	static final class CheckFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CheckFailure(String message) {
			super(message);
		}
	}

	private Main() {
	}

	/**
	 * Runs the generator.
	 *
	 * @param args {@code [--check <folder>] [<repository root>]}; the root defaults to the working directory
	 */
	public static void main(String[] args) {
		boolean check = args.length > 0 && CHECK.equals(args[0]);
		if (check && args.length < 2) {
			System.err.println("lawful codegen: usage: Main [--check <folder>] [<repository root>]");
			System.exit(2);
		}
		int first = check ? 2 : 0;
		Path root = Path.of(args.length > first ? args[first] : ".").toAbsolutePath().normalize();
		int status;
		try {
			if (check) {
				Path folder = Path.of(args[1]).toAbsolutePath().normalize();
				status = check(root, folder);
			} else {
				status = run(root);
			}
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
		Path scratch = Files.createTempDirectory("lawful-codegen");
		try {
			for (Job job : Job.all(root)) {
				if (generate(job, scratch) != 0) {
					return 1;
				}
				for (Job.Project project : job.projects()) {
					Outputs.publish(scratch.resolve(project.id()), project.directory(), project.trees(), project.files(), project.addedTrees());
				}
				System.out.println("lawful codegen: generated " + job.name() + " from " + root.relativize(job.genModel()));
			}
			return 0;
		} finally {
			Outputs.deleteTree(scratch);
		}
	}

	/**
	 * Regenerates into {@code folder} (emptied first, kept afterwards for inspection) and compares what the
	 * generator owns with the committed files.
	 *
	 * @throws CheckFailure naming every file that differs, is missing or should not be there
	 */
	static int check(Path root, Path folder) throws IOException {
		if (Files.exists(folder)) {
			Outputs.deleteTree(folder);
		}
		Files.createDirectories(folder);
		List<String> differences = new ArrayList<>();
		for (Job job : Job.all(root)) {
			if (generate(job, folder) != 0) {
				return 1;
			}
			for (Job.Project project : job.projects()) {
				differences.addAll(Outputs.compare(folder.resolve(project.id()), project.directory(), project.trees(), project.files(), root));
			}
		}
		if (!differences.isEmpty()) {
			throw new CheckFailure("the committed generated code is not what the generator produces from the .ecore"
					+ " models. Generated code is never edited by hand: change the .ecore (or GenModelSettings) and regenerate"
					+ " with 'mvn -f releng/org.lawfulaccess.codegen compile exec:java', then commit the result. The generator's"
					+ " output is in " + folder + ". Differing files:\n  " + String.join("\n  ", differences));
		}
		System.out.println("lawful codegen: the committed generated code is what the generator produces");
		return 0;
	}

	/** Generates {@code job} into {@code scratch}, one folder per project; 1 when EMF reports an error. */
	private static int generate(Job job, Path scratch) throws IOException {
		Job.Project main = job.projects().get(0);
		if (!Files.isRegularFile(job.ecore())) {
			throw new IllegalStateException("no " + job.ecore() + " (pass the repository root as argument)");
		}
		Path scratchMain = scratch.resolve(main.id());
		Outputs.copyTree(main.directory().resolve("model"), scratchMain.resolve("model"));
		for (Job.Project project : job.projects()) {
			Outputs.seedProject(project.directory(), scratch.resolve(project.id()));
		}
		ResourceSet resourceSet = createResourceSet(job, scratch);
		String modelFolder = "/" + main.id() + "/model/";
		GenModel genModel = GenModelRefresher.refresh(resourceSet,
				URI.createPlatformResourceURI(modelFolder + job.genModel().getFileName(), true),
				URI.createPlatformResourceURI(modelFolder + job.ecore().getFileName(), true), job.settings());
		Diagnostic problems = genModel.diagnose();
		if (problems.getSeverity() == Diagnostic.ERROR) {
			report(problems);
			return 1;
		}
		return generate(genModel, job.projectTypes());
	}

	private static ResourceSet createResourceSet(Job job, Path scratch) {
		// Standalone registrations that Eclipse would otherwise make through extension points.
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		// The generator addresses projects as platform:/resource/<project>/...; map them to the scratch copies.
		EcorePlugin.getPlatformResourceMap().clear();
		for (Job.Project project : job.projects()) {
			EcorePlugin.getPlatformResourceMap().put(project.id(), directoryUri(scratch.resolve(project.id())));
		}

		ResourceSet resourceSet = new ResourceSetImpl();
		Resource.Factory.Registry factories = resourceSet.getResourceFactoryRegistry();
		factories.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		factories.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
		// A model that extends another reads the other's committed .ecore and genmodel as an installed plug-in.
		job.plugins().forEach((id, directory) -> resourceSet.getURIConverter().getURIMap()
				.put(URI.createPlatformPluginURI("/" + id + "/", false), directoryUri(directory)));
		return resourceSet;
	}

	private static URI directoryUri(Path directory) {
		return URI.createFileURI(directory.toString() + "/");
	}

	private static int generate(GenModel genModel, List<String> projectTypes) {
		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.setInput(genModel);
		int status = 0;
		for (String projectType : projectTypes) {
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
