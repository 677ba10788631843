package travel.confidence.service.staff;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import travel.confidence.api.staff.NewStaffAccount;
import travel.confidence.api.staff.PasswordChange;
import travel.confidence.api.staff.StaffAccount;
import travel.confidence.api.staff.StaffAccountUpdate;
import travel.confidence.data.staff.ConsoleUser;
import travel.confidence.data.staff.ConsoleUserRepository;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.admin.AdminRole;
import travel.confidence.service.apidocs.AdminErrors;
import travel.confidence.service.audit.AuditTrail;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.NotFoundException;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** Console users: admins manage accounts; every member of staff may change their own password. All audited. */
@Controller("/api/admin/users")
@Tag(name = "Admin: staff accounts")
@AdminErrors
class StaffController {

    private final ConsoleUserRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    StaffController(ConsoleUserRepository users, AuditTrail audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Get
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "List console users")
    List<StaffAccount> list() {
        return users.findAllOrderByUsername().stream().map(StaffController::view).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Create a console user")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NewStaffAccount.class),
            examples = @ExampleObject(name = "a new editor", value = ApiExamples.NEW_ACCOUNT)))
    StaffAccount create(@Body @Valid NewStaffAccount account, @Parameter(hidden = true) AdminPrincipal who) {
        if (users.existsById(account.username())) {
            throw new ConflictException("ACCOUNT_EXISTS", "There is already an account named " + account.username(),
                    Map.of("field", "username"));
        }
        Instant now = clock.instant();
        ConsoleUser saved = users.save(new ConsoleUser(account.username(), PasswordHasher.hash(account.password()),
                account.role(), false, now, now, null));
        audit.record(who, "account.create", "console-user", saved.username(), "created as " + saved.role(), null, view(saved));
        return view(saved);
    }

    @Put("/{username}")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Change a console user's role, password or whether it is disabled")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StaffAccountUpdate.class),
            examples = @ExampleObject(name = "make an admin", value = ApiExamples.ACCOUNT_UPDATE)))
    StaffAccount update(@PathVariable String username, @Body @Valid StaffAccountUpdate update, @Parameter(hidden = true) AdminPrincipal who) {
        ConsoleUser user = users.findById(username).orElseThrow(() -> new NotFoundException("ACCOUNT_NOT_FOUND",
                "No account named " + username, Map.of("field", "username")));
        if (username.equals(who.user()) && (Boolean.TRUE.equals(update.disabled()) || "editor".equals(update.role()))) {
            throw InvalidInputException.field(Boolean.TRUE.equals(update.disabled()) ? "disabled" : "role",
                    "you cannot disable yourself or take away your own admin role");
        }
        ConsoleUser changed = new ConsoleUser(user.username(),
                update.password() == null ? user.passwordHash() : PasswordHasher.hash(update.password()),
                update.role() == null ? user.role() : update.role(),
                update.disabled() == null ? user.disabled() : update.disabled(), user.createdAt(), clock.instant(),
                user.version());
        ConsoleUser saved = users.update(changed);
        audit.record(who, "account.update", "console-user", username,
                update.password() == null ? "changed" : "changed, with a new password", view(user), view(saved));
        return view(saved);
    }

    @Put("/me/password")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Change your own password")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PasswordChange.class),
            examples = @ExampleObject(name = "a new passphrase", value = ApiExamples.PASSWORD_CHANGE)))
    StaffAccount changeOwnPassword(@Body @Valid PasswordChange change, @Parameter(hidden = true) AdminPrincipal who) {
        ConsoleUser user = users.findById(who.user()).orElseThrow(() -> new NotFoundException("ACCOUNT_NOT_FOUND",
                "Your account no longer exists", Map.of()));
        if (!PasswordHasher.matches(change.currentPassword(), user.passwordHash())) {
            throw InvalidInputException.field("currentPassword", "is not your current password");
        }
        ConsoleUser saved = users.update(new ConsoleUser(user.username(), PasswordHasher.hash(change.newPassword()),
                user.role(), user.disabled(), user.createdAt(), clock.instant(), user.version()));
        audit.record(who, "account.password", "console-user", who.user(), "changed their own password", null, null);
        return view(saved);
    }

    private static StaffAccount view(ConsoleUser user) {
        return new StaffAccount(user.username(), user.role(), user.disabled(), user.createdAt().toString(),
                user.updatedAt().toString());
    }
}
