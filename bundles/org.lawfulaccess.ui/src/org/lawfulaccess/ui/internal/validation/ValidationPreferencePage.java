/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.lawfulaccess.validation.Category;
import org.lawfulaccess.validation.ConfigException;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.RuleDescriptor;
import org.lawfulaccess.validation.Severity;
import org.lawfulaccess.validation.ValidationConfig;

/**
 * Window &gt; Preferences &gt; Validation: the rules by category, each with its switch, severity and
 * parameters, written to the configuration file the command line reads with {@code --config}.
 * Waivers already in that file are kept.
 */
public final class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** One rule's choices on the page. */
    private static final class Choice {
        final RuleDescriptor rule;
        boolean enabled;
        Severity severity;
        String parameters = ""; //$NON-NLS-1$

        Choice(RuleDescriptor rule) {
            this.rule = rule;
            this.enabled = rule.enabledByDefault();
        }
    }

    private final RuleCatalogue catalogue = RuleCatalogue.discover();
    private final Map<String, Choice> choices = new LinkedHashMap<>();
    private ValidationConfig loaded = ValidationConfig.DEFAULTS;
    private Text fileField;
    private CheckboxTreeViewer tree;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(ValidationMessages.preferencesDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(ValidationMessages.preferencesFile);
        fileField = new Text(page, SWT.BORDER);
        fileField.setText(ValidationSettings.file().toString());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fileField);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(ValidationMessages.preferencesBrowse);
        browse.addListener(SWT.Selection, e -> browse());
        tree = new CheckboxTreeViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
        tree.getTree().setHeaderVisible(true);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(620, 360).applyTo(tree.getTree());
        columns();
        tree.setContentProvider(new Content());
        tree.setCheckStateProvider(new Checks());
        tree.addCheckStateListener(e -> {
            rulesUnder(e.getElement()).forEach(c -> c.enabled = e.getChecked());
            tree.refresh();
        });
        tree.setInput(catalogue);
        load();
        fileField.addListener(SWT.Modify, e -> load());
        tree.expandAll();
        return page;
    }

    private void columns() {
        TreeViewerColumn rule = new TreeViewerColumn(tree, SWT.NONE);
        rule.getColumn().setText(ValidationMessages.preferencesRule);
        rule.getColumn().setWidth(330);
        rule.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> e instanceof Category c ? c.label()
                : ((Choice) e).rule.id() + "  " + ((Choice) e).rule.title())); //$NON-NLS-1$
        TreeViewerColumn severity = new TreeViewerColumn(tree, SWT.NONE);
        severity.getColumn().setText(ValidationMessages.preferencesSeverity);
        severity.getColumn().setWidth(130);
        severity.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> e instanceof Choice c ? severityLabel(c) : "")); //$NON-NLS-1$
        severity.setEditingSupport(new SeverityEditing());
        TreeViewerColumn parameters = new TreeViewerColumn(tree, SWT.NONE);
        parameters.getColumn().setText(ValidationMessages.preferencesParameters);
        parameters.getColumn().setWidth(180);
        parameters.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> e instanceof Choice c ? c.parameters : "")); //$NON-NLS-1$
        parameters.setEditingSupport(new ParameterEditing());
    }

    private static String severityLabel(Choice choice) {
        return choice.severity == null ? ValidationMessages.bind(ValidationMessages.preferencesDefaultSeverity, choice.rule.defaultSeverity().id())
                : choice.severity.id();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.properties", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        Path current = Path.of(fileField.getText().strip());
        if (current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
        }
        dialog.setFileName(current.getFileName() == null ? "" : current.getFileName().toString()); //$NON-NLS-1$
        String chosen = dialog.open();
        if (chosen != null) {
            fileField.setText(chosen);
        }
    }

    /** Reads the chosen file into the page; a broken file is named with its line, and OK waits for a fix or the defaults. */
    private void load() {
        reset();
        try {
            loaded = ValidationSettings.read(Path.of(fileField.getText().strip()));
            for (Choice choice : choices.values()) {
                choice.enabled = loaded.isEnabled(choice.rule);
                choice.severity = loaded.severity(choice.rule.id()).orElse(null);
                choice.parameters = loaded.parameters(choice.rule.id()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(p -> p.getKey() + '=' + p.getValue()).collect(Collectors.joining(", ")); //$NON-NLS-1$
            }
            setErrorMessage(null);
            setValid(true);
        } catch (ConfigException | java.nio.file.InvalidPathException e) {
            loaded = ValidationConfig.DEFAULTS;
            setErrorMessage(e.getMessage());
            setValid(false);
        }
        tree.refresh();
    }

    private void reset() {
        choices.clear();
        catalogue.entries().forEach(e -> choices.put(e.descriptor().id(), new Choice(e.descriptor())));
    }

    @Override
    protected void performDefaults() {
        reset();
        setErrorMessage(null);
        setValid(true);
        tree.refresh();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        Map<String, Boolean> enabled = new HashMap<>();
        Map<String, Severity> severities = new HashMap<>();
        Map<String, Map<String, String>> parameters = new HashMap<>();
        for (Choice choice : choices.values()) {
            if (choice.enabled != choice.rule.enabledByDefault()) {
                enabled.put(choice.rule.id(), choice.enabled);
            }
            if (choice.severity != null) {
                severities.put(choice.rule.id(), choice.severity);
            }
            Optional<Map<String, String>> parsed = parameters(choice.parameters);
            if (parsed.isEmpty()) {
                setErrorMessage(ValidationMessages.bind(ValidationMessages.preferencesBadParameters, choice.rule.id(), choice.parameters));
                return false;
            }
            if (!parsed.get().isEmpty()) {
                parameters.put(choice.rule.id(), parsed.get());
            }
        }
        try {
            ValidationSettings.save(Path.of(fileField.getText().strip()),
                    new ValidationConfig(enabled, Map.of(), severities, parameters, loaded.suppressions()));
            return true;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            setErrorMessage(ValidationMessages.bind(ValidationMessages.preferencesUnwritable, fileField.getText(), e.getMessage()));
            return false;
        }
    }

    /** @return {@code name=value, name=value} as a map, or nothing when a part has no name or no value */
    private static Optional<Map<String, String>> parameters(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String part : text.split(",")) { //$NON-NLS-1$
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0 || part.substring(equals + 1).isBlank()) {
                return Optional.empty();
            }
            result.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        return Optional.of(result);
    }

    private List<Choice> rulesUnder(Object element) {
        if (element instanceof Choice choice) {
            return List.of(choice);
        }
        List<Choice> under = new ArrayList<>();
        for (Object child : new Content().getChildren(element)) {
            under.addAll(rulesUnder(child));
        }
        return under;
    }

    /** Categories, their subcategories and rules. */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return catalogue.categories().stream().map(RuleCatalogue.CategoryEntry::category).filter(c -> c.parent().isEmpty())
                    .filter(c -> !rulesUnder(c).isEmpty()).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (!(parent instanceof Category category)) {
                return new Object[0];
            }
            List<Object> children = new ArrayList<>(catalogue.children(category));
            choices.values().stream().filter(c -> c.rule.category().equals(category)).forEach(children::add);
            return children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Choice c ? c.rule.category() : ((Category) element).parent().orElse(null);
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Category;
        }
    }

    /** A rule is checked when enabled; a category when all its rules are, grey when some are. */
    private final class Checks implements ICheckStateProvider {
        @Override
        public boolean isChecked(Object element) {
            return rulesUnder(element).stream().anyMatch(c -> c.enabled);
        }

        @Override
        public boolean isGrayed(Object element) {
            List<Choice> under = rulesUnder(element);
            return under.stream().anyMatch(c -> c.enabled) && under.stream().anyMatch(c -> !c.enabled);
        }
    }

    private final class SeverityEditing extends EditingSupport {
        private static final Severity[] LEVELS = { null, Severity.ERROR, Severity.WARNING, Severity.INFO };

        SeverityEditing() {
            super(tree);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            Choice choice = (Choice) element;
            String[] items = new String[LEVELS.length];
            items[0] = ValidationMessages.bind(ValidationMessages.preferencesDefaultSeverity, choice.rule.defaultSeverity().id());
            for (int i = 1; i < LEVELS.length; i++) {
                items[i] = LEVELS[i].id();
            }
            return new ComboBoxCellEditor(tree.getTree(), items, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof Choice;
        }

        @Override
        protected Object getValue(Object element) {
            return java.util.Arrays.asList(LEVELS).indexOf(((Choice) element).severity);
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                ((Choice) element).severity = LEVELS[index];
                tree.update(element, null);
            }
        }
    }

    private final class ParameterEditing extends EditingSupport {
        ParameterEditing() {
            super(tree);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(tree.getTree());
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof Choice;
        }

        @Override
        protected Object getValue(Object element) {
            return ((Choice) element).parameters;
        }

        @Override
        protected void setValue(Object element, Object value) {
            ((Choice) element).parameters = String.valueOf(value).strip();
            tree.update(element, null);
            setErrorMessage(parameters(((Choice) element).parameters).isPresent() ? null
                    : ValidationMessages.bind(ValidationMessages.preferencesBadParameters, ((Choice) element).rule.id(), value));
        }
    }
}
