/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.cli.internal.report;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.SourceLines;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.ValidationResult;

/**
 * Everything a report writer needs: the results per file, the rules that ran and the tool version.
 *
 * @param files the results, in command-line order
 * @param rules the rules that ran, by id
 * @param toolVersion the version of the tool
 * @param fixed fingerprints of a baseline that no file has any more; empty without a baseline
 * @param unreadable the files that could not be loaded, in command-line order
 */
public record Report(List<FileResult> files, List<RuleDescriptor> rules, String toolVersion, Set<String> fixed,
        List<Unreadable> unreadable) {

    /** Copies the lists. */
    public Report {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        fixed = Set.copyOf(fixed);
        unreadable = List.copyOf(unreadable);
    }

    /**
     * A file that could not be loaded; the others are still validated.
     *
     * @param file the file as given on the command line
     * @param message what was wrong, naming the file and, where known, the line
     * @param line the line of the first problem, or 0 if not known
     */
    public record Unreadable(Path file, String message, int line) {
    }

    /**
     * The result of one file.
     *
     * @param file the file as given on the command line
     * @param result its findings
     * @param warnings what its load kept without reading it (content this release does not know)
     */
    public record FileResult(Path file, ValidationResult result, List<LoadProblem> warnings) {

        /** Copies the list. */
        public FileResult {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param file a model file
     * @return how reports refer to it: a relative path with forward slashes, or a file URI
     */
    public static String uriOf(Path file) {
        return file.isAbsolute() ? file.toUri().toString() : file.normalize().toString().replace('\\', '/');
    }

    /**
     * @param finding a finding
     * @return the line of its primary element in the file it was loaded from, if known
     */
    public static OptionalInt lineOf(Finding finding) {
        return finding.primaryElement().map(SourceLines::find).orElse(OptionalInt.empty());
    }
}
