package travel.confidence.console.decisionservice;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import java.util.List;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.staff.NewStaffAccount;
import travel.confidence.api.staff.PasswordChange;
import travel.confidence.api.staff.StaffAccount;
import travel.confidence.api.staff.StaffAccountUpdate;

/** Console accounts: admins manage them; everyone changes their own password. */
@Client(id = DecisionServiceClient.SERVICE_ID, path = "/api/admin/users", errorType = ErrorResponse.class)
public interface StaffAccountsClient {

    @Get
    List<StaffAccount> accounts();

    @Post
    StaffAccount create(@Body NewStaffAccount account);

    @Put("/{username}")
    StaffAccount update(String username, @Body StaffAccountUpdate update);

    @Put("/me/password")
    StaffAccount changeOwnPassword(@Body PasswordChange change);
}
