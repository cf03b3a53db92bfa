import { usersActions } from './users';

/** Every Astro Action, nested by family: `actions.users.setActive`, … Each authorizes on its own. */
export const server = {
  users: usersActions,
};
