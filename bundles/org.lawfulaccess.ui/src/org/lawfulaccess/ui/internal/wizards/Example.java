/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.wizards;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * An example model installed with the workbench, described by what the model itself says.
 *
 * @param fileName the file's name, which identifies the example (e.g. {@code belgium-2021-cross-border.lawful})
 * @param name the ecosystem's name
 * @param description the ecosystem's description; empty if it has none
 * @param asOf the model's as-of date; null if it states none
 * @param file the installed file, which is never written
 */
public record Example(String fileName, String name, String description, LocalDate asOf, Path file) {
}
