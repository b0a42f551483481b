package uk.police.mopi.programme;

import java.util.List;

import uk.police.mopi.user.UserView;

/**
 * What the project form offers, composed by {@link ProjectPages}.
 *
 * @param project the project being changed, or null for a new one
 * @param people who can be a sponsor or manager
 */
public record ProjectFormPage(ProjectView project, List<UserView> people) {
}
