package torchtrek.backend.cuda;

import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.UnaryOp;

/**
 * The CUDA C expression of each elementwise op, written to match the reference definitions in
 * {@link UnaryOp} and {@link BinaryOp} (NaN handling, Python's floor division and remainder).
 * {@code type} is the compute type: "float", "double" or "long long".
 */
final class OpExpressions {
    private OpExpressions() {}

    /** Device helpers the expressions call, for float, double and long long. */
    static final String HELPERS = """
        __device__ __forceinline__ float tt_floordiv_f(float a, float b) {
          if (b == 0) return a / b;
          float mod = fmodf(a, b);
          float div = (a - mod) / b;
          if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1;
          if (div == 0) return copysignf(0.0f, a / b);
          float fl = floorf(div);
          return div - fl > 0.5f ? fl + 1.0f : fl;
        }
        __device__ __forceinline__ double tt_floordiv_d(double a, double b) {
          if (b == 0) return a / b;
          double mod = fmod(a, b);
          double div = (a - mod) / b;
          if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1;
          if (div == 0) return copysign(0.0, a / b);
          double fl = floor(div);
          return div - fl > 0.5 ? fl + 1.0 : fl;
        }
        __device__ __forceinline__ long long tt_floordiv_i(long long a, long long b) {
          if (b == 0) return a / b;
          long long q = a / b;
          if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
          return q;
        }
        __device__ __forceinline__ float tt_rem_f(float a, float b) {
          float m = fmodf(a, b);
          return (m != 0 && ((m < 0) != (b < 0))) ? m + b : m;
        }
        __device__ __forceinline__ double tt_rem_d(double a, double b) {
          double m = fmod(a, b);
          return (m != 0 && ((m < 0) != (b < 0))) ? m + b : m;
        }
        __device__ __forceinline__ long long tt_rem_i(long long a, long long b) {
          if (b == 0) return a % b;
          long long m = a % b;
          return (m != 0 && ((m < 0) != (b < 0))) ? m + b : m;
        }
        __device__ __forceinline__ long long tt_pow_i(long long a, long long b) {
          if (b < 0) return a == 1 ? 1 : (a == -1 ? ((b & 1) == 0 ? 1 : -1) : 0);
          long long result = 1, base = a;
          while (b > 0) {
            if (b & 1) result *= base;
            base *= base;
            b >>= 1;
          }
          return result;
        }
        """;

    private static boolean isFloat(String type) { return type.equals("float"); }

    private static boolean isInteger(String type) { return type.equals("long long"); }

    /** {@code f} for float, the plain name for double: expf / exp. */
    private static String fn(String type, String name, String args) {
        return name + (isFloat(type) ? "f" : "") + "(" + args + ")";
    }

    private static String literal(String type, String value) {
        return isFloat(type) ? value + "f" : value;
    }

    static String unary(UnaryOp op, String type, String x) {
        boolean integer = isInteger(type);
        switch (op) {
            case NEG: return "-" + x;
            case ABS: return integer ? "(" + x + " < 0 ? -" + x + " : " + x + ")" : fn(type, "fabs", x);
            case SIGN: return "(" + type + ") ((" + x + " > 0) - (" + x + " < 0))";
            case RELU: return integer ? "(" + x + " > 0 ? " + x + " : 0)" : "((" + x + " > 0 || " + x + " != " + x + ") ? " + x + " : 0)";
            case SQUARE: return x + " * " + x;
            case FLOOR: return integer ? x : fn(type, "floor", x);
            case CEIL: return integer ? x : fn(type, "ceil", x);
            case ROUND: return integer ? x : fn(type, "rint", x);
            case TRUNC: return integer ? x : fn(type, "trunc", x);
            case LOGICAL_NOT: return "(" + type + ") (" + x + " == 0)";
            case BITWISE_NOT:
                if (!integer) throw new IllegalArgumentException("bitwise_not of a floating type");
                return "~" + x;
            default: break;
        }
        if (integer) throw new IllegalArgumentException(op + " on integers is computed in double");
        switch (op) {
            case EXP: return fn(type, "exp", x);
            case EXP2: return fn(type, "exp2", x);
            case EXPM1: return fn(type, "expm1", x);
            case LOG: return fn(type, "log", x);
            case LOG2: return fn(type, "log2", x);
            case LOG10: return fn(type, "log10", x);
            case LOG1P: return fn(type, "log1p", x);
            case SQRT: return fn(type, "sqrt", x);
            case RSQRT: return fn(type, "rsqrt", x);
            case SIN: return fn(type, "sin", x);
            case COS: return fn(type, "cos", x);
            case TAN: return fn(type, "tan", x);
            case ASIN: return fn(type, "asin", x);
            case ACOS: return fn(type, "acos", x);
            case ATAN: return fn(type, "atan", x);
            case SINH: return fn(type, "sinh", x);
            case COSH: return fn(type, "cosh", x);
            case TANH: return fn(type, "tanh", x);
            case SIGMOID: return literal(type, "1.0") + " / (" + literal(type, "1.0") + " + " + fn(type, "exp", "-" + x) + ")";
            case RECIPROCAL: return literal(type, "1.0") + " / " + x;
            case FRAC: return x + " - " + fn(type, "trunc", x);
            case ERF: return fn(type, "erf", x);
            default: throw new IllegalArgumentException("no CUDA expression for " + op);
        }
    }

    static String binary(BinaryOp op, String type, String a, String b) {
        boolean integer = isInteger(type);
        String suffix = integer ? "_i" : isFloat(type) ? "_f" : "_d";
        switch (op) {
            case ADD: return a + " + " + b;
            case SUB: return a + " - " + b;
            case MUL: return a + " * " + b;
            case DIV: return a + " / " + b;
            case FLOOR_DIVIDE: return "tt_floordiv" + suffix + "(" + a + ", " + b + ")";
            case REMAINDER: return "tt_rem" + suffix + "(" + a + ", " + b + ")";
            case FMOD: return integer ? a + " % " + b : fn(type, "fmod", a + ", " + b);
            case POW: return integer ? "tt_pow_i(" + a + ", " + b + ")" : fn(type, "pow", a + ", " + b);
            case MAXIMUM: return integer ? "(" + a + " > " + b + " ? " + a + " : " + b + ")"
                : "(" + a + " != " + a + " ? " + a + " : (" + b + " != " + b + " ? " + b + " : (" + a + " > " + b + " ? " + a + " : " + b + ")))";
            case MINIMUM: return integer ? "(" + a + " < " + b + " ? " + a + " : " + b + ")"
                : "(" + a + " != " + a + " ? " + a + " : (" + b + " != " + b + " ? " + b + " : (" + a + " < " + b + " ? " + a + " : " + b + ")))";
            case ATAN2: return integer ? "(long long) atan2((double) " + a + ", (double) " + b + ")" : fn(type, "atan2", a + ", " + b);
            case LOGICAL_AND: return "(" + type + ") ((" + a + " != 0) && (" + b + " != 0))";
            case LOGICAL_OR: return "(" + type + ") ((" + a + " != 0) || (" + b + " != 0))";
            case LOGICAL_XOR: return "(" + type + ") ((" + a + " != 0) != (" + b + " != 0))";
            case BITWISE_AND: case BITWISE_OR: case BITWISE_XOR:
                if (!integer) throw new IllegalArgumentException(op + " of a floating type");
                return a + (op == BinaryOp.BITWISE_AND ? " & " : op == BinaryOp.BITWISE_OR ? " | " : " ^ ") + b;
            default: throw new IllegalArgumentException("no CUDA expression for " + op);
        }
    }

    static String compare(CompareOp op, String a, String b) {
        switch (op) {
            case EQ: return a + " == " + b;
            case NE: return a + " != " + b;
            case LT: return a + " < " + b;
            case LE: return a + " <= " + b;
            case GT: return a + " > " + b;
            default: return a + " >= " + b;
        }
    }
}
