import { usersContracts } from '#shared/contracts/users.contract';
import { notFound } from '#core/errors';
import { http } from '#core/http/http';
import { userDeps } from './deps';

const deps = userDeps();

/** What a person still holds, for the administrator deciding to disable them and hand their work over. */
export const handler = http('GET /users/{username}/holdings', async ({ params }) => {
  const directory = await deps.staff.list();
  const person = directory.find((s) => s.id === params.username);
  if (!person) throw notFound();
  return { status: 200, body: await deps.holdings.of(person, directory, deps.now()) };
}, usersContracts);
