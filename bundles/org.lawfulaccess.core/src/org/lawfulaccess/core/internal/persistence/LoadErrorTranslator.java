package org.lawfulaccess.core.internal.persistence;

import java.io.CharConversionException;
import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.internal.Messages;
import org.lawfulaccess.core.persistence.LoadProblem;
import org.lawfulaccess.core.persistence.LoadProblem.Kind;
import org.lawfulaccess.core.persistence.ModelLoadException;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser report into {@link LoadProblem}s a user can act on: file, line,
 * column and a sentence, never a parser class name or a stack trace.
 */
final class LoadErrorTranslator {

    private LoadErrorTranslator() {
    }

    /**
     * @param file the file as shown to the user
     * @param diagnostics the resource's errors after the failed load
     * @param thrown what the load threw
     * @param backupHint the backup file to mention for damaged files, or null
     * @param lines the line of an element read by the load, or 0 if unknown
     * @return the exception to throw instead
     */
    static ModelLoadException translate(String file, List<Resource.Diagnostic> diagnostics, Exception thrown, String backupHint,
            ToIntFunction<EObject> lines) {
        ModelLoadException ours = find(thrown, ModelLoadException.class);
        if (ours != null) {
            return ours;
        }
        List<LoadProblem> problems = new ArrayList<>();
        for (Resource.Diagnostic diagnostic : diagnostics) {
            problems.add(problem(file, diagnostic, backupHint, lines));
        }
        if (problems.isEmpty()) {
            problems.add(problem(file, thrown, backupHint));
        }
        return new ModelLoadException(problems, thrown);
    }

    private static LoadProblem problem(String file, Resource.Diagnostic diagnostic, String backupHint, ToIntFunction<EObject> lines) {
        if (diagnostic instanceof UnresolvedReferenceException unresolved) {
            String message = unresolved.getObject() == null
                    ? Messages.format("load.danglingUnknown", Messages.shorten(unresolved.getReference())) //$NON-NLS-1$
                    : Messages.format("load.dangling", Messages.shorten(Labels.reference(unresolved.getObject())), //$NON-NLS-1$
                            unresolved.getFeature() == null ? "?" : unresolved.getFeature().getName(), Messages.shorten(unresolved.getReference())); //$NON-NLS-1$
            return new LoadProblem(Kind.DANGLING_REFERENCE, file, unresolved.getLine(), unresolved.getColumn(), message);
        }
        if (diagnostic instanceof IllegalValueException illegal) {
            // A reference of the wrong type is found at the end of the document: the line is the element's.
            int line = illegal.getLine() > 0 ? illegal.getLine() : lines.applyAsInt(illegal.getObject());
            return new LoadProblem(Kind.INVALID_CONTENT, file, Math.max(0, line), Math.max(0, illegal.getColumn()), illegalValue(illegal));
        }
        if (diagnostic instanceof FeatureNotFoundException unknown) {
            // Recorded for saving elsewhere; only what stands inside a value has no place to be kept.
            return new LoadProblem(Kind.INVALID_CONTENT, file, Math.max(0, diagnostic.getLine()), Math.max(0, diagnostic.getColumn()),
                    Messages.format("load.elementInValue", Messages.shorten(unknown.getName()))); //$NON-NLS-1$
        }
        if (diagnostic instanceof ClassNotFoundException unknown) {
            return new LoadProblem(Kind.INVALID_CONTENT, file, Math.max(0, diagnostic.getLine()), Math.max(0, diagnostic.getColumn()),
                    Messages.format("load.unreadableType", Messages.shorten(unknown.getName()))); //$NON-NLS-1$
        }
        Throwable cause = diagnostic instanceof Throwable t ? t.getCause() : null;
        if (cause instanceof SAXParseException || cause instanceof CharConversionException) {
            // The parser's own sentence, without the exception class EMF puts in front of it.
            return malformed(file, diagnostic.getLine(), diagnostic.getColumn(), cause.getMessage(), backupHint);
        }
        return new LoadProblem(Kind.INVALID_CONTENT, file, Math.max(0, diagnostic.getLine()), Math.max(0, diagnostic.getColumn()),
                Messages.format("load.invalid", Messages.shorten(diagnostic.getMessage(), Messages.SHOWN_MESSAGE_LENGTH))); //$NON-NLS-1$
    }

    private static String illegalValue(IllegalValueException illegal) {
        Object value = illegal.getValue();
        String element = Messages.shorten(Labels.reference(illegal.getObject()));
        String feature = illegal.getFeature() == null ? "?" : illegal.getFeature().getName(); //$NON-NLS-1$
        if (!(value instanceof EObject referenced) || !(illegal.getFeature() instanceof EReference reference)) {
            return Messages.format("load.illegalValue", element, feature, "\"" + Messages.shorten(String.valueOf(value)) + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String id = illegal.getObject().eResource() instanceof XMLResource xml ? xml.getID(referenced) : null;
        return Messages.format(referenced instanceof AnyType ? "load.referenceToUnknownType" : "load.referenceOfWrongType", //$NON-NLS-1$ //$NON-NLS-2$
                element, feature, Messages.shorten(Labels.reference(referenced)), Messages.shorten(String.valueOf(id)),
                reference.getEReferenceType().getName());
    }

    private static LoadProblem problem(String file, Exception thrown, String backupHint) {
        SAXParseException parse = find(thrown, SAXParseException.class);
        if (parse != null) {
            return malformed(file, parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage(), backupHint);
        }
        if (find(thrown, FileNotFoundException.class) != null || find(thrown, NoSuchFileException.class) != null) {
            return new LoadProblem(Kind.UNREADABLE, file, 0, 0, Messages.format("load.missing")); //$NON-NLS-1$
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new LoadProblem(Kind.UNREADABLE, file, 0, 0, Messages.format("load.unreadable", String.valueOf(root.getMessage()))); //$NON-NLS-1$
    }

    private static LoadProblem malformed(String file, int line, int column, String parserMessage, String backupHint) {
        String detail = FormatSniffer.parserMessage(new Exception(parserMessage));
        if (detail.contains("DOCTYPE")) { //$NON-NLS-1$
            return new LoadProblem(Kind.DOCTYPE_REFUSED, file, line, column, Messages.format("load.doctype")); //$NON-NLS-1$
        }
        String message = backupHint == null
                ? Messages.format("load.malformed", detail) //$NON-NLS-1$
                : Messages.format("load.malformedBackup", detail, backupHint); //$NON-NLS-1$
        return new LoadProblem(Kind.MALFORMED, file, line, column, message);
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof org.eclipse.emf.common.util.WrappedException wrapped && type.isInstance(wrapped.exception())) {
                return type.cast(wrapped.exception());
            }
        }
        return null;
    }
}
