package dev.bulwark.deploy.changeset;

/**
 * A change set that CloudFormation has computed and not yet executed.
 *
 * @param stackName the stack
 * @param name      the change set's name
 * @param create    whether it creates the stack (a CREATE change set) rather than updating it
 * @param diff      what it would do; empty means the stack is already up to date
 */
public record PreparedChangeSet(String stackName, String name, boolean create, ChangeSetDiff diff) {
}
