package vn.bentre.ocop.platform.control;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.Arrays;

/**
 * A refusal the user can understand and act on: a rule of the domain said no. Carries a bundle key (and its
 * arguments) rather than a sentence, so Faces and REST show it in the user's language. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How a refusal maps onto HTTP for REST clients. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN
    }

    private final String messageKey;
    private final Kind kind;
    private final transient Object[] arguments;
    private String fix;

    public BusinessException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static BusinessException invalid(String messageKey, Object... arguments) {
        return new BusinessException(Kind.INVALID, messageKey, arguments);
    }

    public static BusinessException notFound(String messageKey, Object... arguments) {
        return new BusinessException(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static BusinessException conflict(String messageKey, Object... arguments) {
        return new BusinessException(Kind.CONFLICT, messageKey, arguments);
    }

    /**
     * The refusal with a local address where the person can put it right (e.g. the profile page, coming back), added by
     * the boundary that knows the pages; REST problems carry it as {@code fix}.
     */
    public BusinessException withFix(String localPath) {
        this.fix = localPath;
        return this;
    }

    /** Where the person can put it right, or {@code null}. */
    public String getFix() {
        return fix;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Kind getKind() {
        return kind;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
