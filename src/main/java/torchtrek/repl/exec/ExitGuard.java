package torchtrek.repl.exec;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites snippet bytecode so that {@code System.exit}, {@code Runtime.exit} and
 * {@code Runtime.halt} (called, or taken as a method reference) throw {@link SystemExit}
 * instead of ending the JVM: under JShell's local engine the snippets share the REPL's JVM, and
 * there is no SecurityManager any more to veto an exit.
 */
public final class ExitGuard {
    private static final String GUARD = "torchtrek/repl/exec/ExitGuard";
    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String EXIT_STATIC = "(I)V";
    private static final String EXIT_ON_RUNTIME = "(Ljava/lang/Runtime;I)V";

    private ExitGuard() {}

    /** Called by rewritten snippets in place of {@code System.exit(status)}. */
    public static void exit(int status) {
        throw new SystemExit(status);
    }

    /** Called by rewritten snippets in place of {@code runtime.exit(status)} and {@code runtime.halt(status)}. */
    public static void exit(Runtime runtime, int status) {
        throw new SystemExit(status);
    }

    /**
     * The class with every exit replaced, or {@code classFile} itself when it has none (or when
     * this ASM cannot read a class file that new; then the exit is not guarded).
     */
    public static byte[] rewrite(byte[] classFile) {
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException tooNew) {
            return classFile;
        }
        ClassWriter writer = new ClassWriter(reader, 0);
        Rewriter rewriter = new Rewriter(writer);
        reader.accept(rewriter, 0);
        return rewriter.changed ? writer.toByteArray() : classFile;
    }

    private static final class Rewriter extends ClassVisitor {
        boolean changed;

        Rewriter(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                    if (opcode == Opcodes.INVOKESTATIC && isSystemExit(owner, method, desc)) {
                        changed = true;
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "exit", EXIT_STATIC, false);
                    } else if (opcode == Opcodes.INVOKEVIRTUAL && isRuntimeExit(owner, method, desc)) {
                        changed = true;
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "exit", EXIT_ON_RUNTIME, false);
                    } else {
                        super.visitMethodInsn(opcode, owner, method, desc, isInterface);
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... args) {
                    Object[] guarded = args.clone();
                    for (int i = 0; i < guarded.length; i++) {
                        if (guarded[i] instanceof Handle h) guarded[i] = guard(h);
                    }
                    super.visitInvokeDynamicInsn(name, desc, bootstrap, guarded);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    super.visitLdcInsn(value instanceof Handle h ? guard(h) : value);
                }
            };
        }

        /** {@code System::exit} and {@code runtime::exit} as method references. */
        private Handle guard(Handle h) {
            if (h.getTag() == Opcodes.H_INVOKESTATIC && isSystemExit(h.getOwner(), h.getName(), h.getDesc())) {
                changed = true;
                return new Handle(Opcodes.H_INVOKESTATIC, GUARD, "exit", EXIT_STATIC, false);
            }
            if (h.getTag() == Opcodes.H_INVOKEVIRTUAL && isRuntimeExit(h.getOwner(), h.getName(), h.getDesc())) {
                changed = true;
                return new Handle(Opcodes.H_INVOKESTATIC, GUARD, "exit", EXIT_ON_RUNTIME, false);
            }
            return h;
        }
    }

    private static boolean isSystemExit(String owner, String name, String desc) {
        return owner.equals(SYSTEM) && name.equals("exit") && desc.equals(EXIT_STATIC);
    }

    private static boolean isRuntimeExit(String owner, String name, String desc) {
        return owner.equals(RUNTIME) && (name.equals("exit") || name.equals("halt")) && desc.equals(EXIT_STATIC);
    }
}
