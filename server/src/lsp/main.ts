/** Entry point of the bundled server (dist/server.js): stdio, IPC or socket, as the client starts it. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { connectionOptions } from './request-params';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all, connectionOptions));
