/** Entry point of the bundled server (dist/server.js): stdio, IPC or socket, as the client starts it. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
