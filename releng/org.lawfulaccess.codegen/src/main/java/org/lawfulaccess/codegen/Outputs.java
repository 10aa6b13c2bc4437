/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Moves generator output from the scratch projects into the real bundles, touching only what the
 * generator owns, and only files whose content changed (so that file times, and incremental builds,
 * are left alone when nothing changed).
 */
final class Outputs {

	private Outputs() {
	}

	/**
	 * @param replacedTrees folders the generator owns entirely: stale files in them are deleted
	 * @param replacedFiles single files the generator owns
	 * @param addedTrees    folders where generated files are added only when missing (icons a person may
	 *                      have redrawn are kept)
	 */
	static void publish(Path from, Path to, List<String> replacedTrees, List<String> replacedFiles,
			List<String> addedTrees) throws IOException {
		for (String tree : replacedTrees) {
			mirror(from.resolve(tree), to.resolve(tree));
		}
		for (String file : replacedFiles) {
			if (Files.exists(from.resolve(file))) {
				publishIfChanged(from.resolve(file), to.resolve(file));
			}
		}
		for (String tree : addedTrees) {
			Path source = from.resolve(tree);
			if (!Files.isDirectory(source)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
					Path target = to.resolve(tree).resolve(source.relativize(file).toString());
					if (!Files.exists(target)) {
						Files.createDirectories(target.getParent());
						Files.copy(file, target);
					}
				}
			}
		}
	}

	/**
	 * Gives a scratch project the one thing EMF reads from an existing project: its bundle manifest, from
	 * which it takes the bundle name and vendor for the plugin.properties it generates. The manifest's
	 * {@code %pluginName}/{@code %providerName} are resolved from the real plugin.properties first, so
	 * that EMF writes those values back and starts a fresh plugin.properties rather than merging.
	 */
	static void seedProject(Path realProject, Path scratchProject) throws IOException {
		Files.createDirectories(scratchProject.resolve("META-INF"));
		Path manifest = realProject.resolve("META-INF/MANIFEST.MF");
		if (!Files.exists(manifest)) {
			return;
		}
		Properties names = new Properties();
		Path properties = realProject.resolve("plugin.properties");
		if (Files.exists(properties)) {
			try (InputStream in = Files.newInputStream(properties)) {
				names.load(in);
			}
		}
		String text = Files.readString(manifest, StandardCharsets.UTF_8);
		for (String key : List.of("pluginName", "providerName")) {
			if (names.getProperty(key) != null) {
				text = text.replace("%" + key, names.getProperty(key));
			}
		}
		Files.writeString(scratchProject.resolve("META-INF/MANIFEST.MF"), text, StandardCharsets.UTF_8);
	}

	/**
	 * Compares what the generator owns in {@code generated} with {@code committed}.
	 *
	 * @return one line per file that differs, is missing or is not generated, relative to {@code root}
	 */
	static List<String> compare(Path generated, Path committed, List<String> trees, List<String> files, Path root)
			throws IOException {
		SortedSet<String> paths = new TreeSet<>();
		for (String tree : trees) {
			paths.addAll(filesBelow(generated, tree));
			paths.addAll(filesBelow(committed, tree));
		}
		for (String file : files) {
			if (Files.exists(generated.resolve(file)) || Files.exists(committed.resolve(file))) {
				paths.add(file);
			}
		}
		List<String> differences = new ArrayList<>();
		for (String path : paths) {
			Path fresh = generated.resolve(path);
			Path kept = committed.resolve(path);
			String name = root.relativize(kept).toString();
			if (!Files.exists(kept)) {
				differences.add(name + ": missing (the generator writes it)");
			} else if (!Files.exists(fresh)) {
				differences.add(name + ": not generated (the generator does not write it: a stale or hand-written file in generated code)");
			} else if (!Arrays.equals(Files.readAllBytes(fresh), Files.readAllBytes(kept))) {
				differences.add(name + ": differs from the generator's " + fresh);
			}
		}
		return differences;
	}

	private static List<String> filesBelow(Path project, String tree) throws IOException {
		Path top = project.resolve(tree);
		if (!Files.isDirectory(top)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(top)) {
			return files.filter(Files::isRegularFile).map(f -> project.relativize(f).toString().replace('\\', '/')).toList();
		}
	}

	static void publishIfChanged(Path source, Path target) throws IOException {
		if (Files.exists(target) && Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(target))) {
			return;
		}
		Files.createDirectories(target.getParent());
		Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void mirror(Path source, Path target) throws IOException {
		if (Files.isDirectory(target)) {
			try (Stream<Path> existing = Files.walk(target)) {
				for (Path file : (Iterable<Path>) existing.filter(Files::isRegularFile)::iterator) {
					if (!Files.exists(source.resolve(target.relativize(file).toString()))) {
						Files.delete(file);
					}
				}
			}
		}
		if (Files.isDirectory(source)) {
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
					publishIfChanged(file, target.resolve(source.relativize(file).toString()));
				}
			}
		}
		deleteEmptyDirectories(target);
	}

	private static void deleteEmptyDirectories(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> dirs = Files.walk(root)) {
			for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory).sorted(Comparator.reverseOrder())::iterator) {
				try (Stream<Path> entries = Files.list(dir)) {
					if (entries.findAny().isEmpty() && !dir.equals(root)) {
						Files.delete(dir);
					}
				}
			}
		}
	}

	static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path destination = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(destination);
				} else {
					Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	static void deleteTree(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot clean up " + root, e);
		}
	}
}
