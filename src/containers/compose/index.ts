/** The Docker Compose reader: a folder's compose files as the projects `docker compose` runs. */
export { composeProjects } from './projects.ts';
export { isComposeFileName } from './file-names.ts';
