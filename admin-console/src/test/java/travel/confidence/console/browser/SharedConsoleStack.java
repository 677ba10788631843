package travel.confidence.console.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every browser test the one {@link ConsoleStack} of the run: started by the first test class that asks,
 * kept in the root store, closed by JUnit when the run ends.
 */
final class SharedConsoleStack implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedConsoleStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConsoleStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(ConsoleStack.class, key -> ConsoleStack.start(), ConsoleStack.class);
    }
}
