package travel.confidence.service.admin;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Lets an admin controller method take the {@link AdminPrincipal} the access filter found. */
@Singleton
class AdminPrincipalBinder implements TypedRequestArgumentBinder<AdminPrincipal> {

    @Override
    public Argument<AdminPrincipal> argumentType() {
        return Argument.of(AdminPrincipal.class);
    }

    @Override
    public BindingResult<AdminPrincipal> bind(ArgumentConversionContext<AdminPrincipal> context, HttpRequest<?> source) {
        Optional<AdminPrincipal> principal = source.getAttribute(AdminAccessFilter.PRINCIPAL, AdminPrincipal.class);
        return () -> principal;
    }
}
