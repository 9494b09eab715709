package torchtrek.repl;

import java.util.stream.Collectors;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/** The one line that acknowledges a declaration: what was made, and what it still waits for. */
final class Acknowledgements {
    private Acknowledgements() {}

    /** {@code x: Tensor [2, 2] float32} for a variable (given its value), {@code created method f(int)} for the rest. */
    static String of(JShell shell, SnippetEvent e, Object value) {
        DeclarationSnippet s = (DeclarationSnippet) e.snippet();
        String note = s instanceof VarSnippet v
            ? v.name() + ": " + v.typeName() + (Repr.hasShape(value) ? " " : " = ") + Repr.summary(value)
            : (e.previousStatus() == Snippet.Status.NONEXISTENT ? "created " : "replaced ") + title(s);
        String missing = shell.unresolvedDependencies(s).collect(Collectors.joining(", "));
        return missing.isEmpty() ? note : note + ", which cannot be used until " + missing + " is declared";
    }

    /** {@code method f(int)}, {@code class Point}, {@code variable x}. */
    static String title(DeclarationSnippet s) {
        if (s instanceof MethodSnippet m) return "method " + m.name() + "(" + m.parameterTypes() + ")";
        if (s instanceof TypeDeclSnippet t) return kind(t) + " " + t.name();
        return "variable " + s.name();
    }

    private static String kind(TypeDeclSnippet t) {
        return switch (t.subKind()) {
            case INTERFACE_SUBKIND -> "interface";
            case ENUM_SUBKIND -> "enum";
            case ANNOTATION_TYPE_SUBKIND -> "annotation";
            case RECORD_SUBKIND -> "record";
            default -> "class";
        };
    }
}
