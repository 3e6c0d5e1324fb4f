import { enableCompileCache } from 'node:module';

// Most of the start-up time is Node compiling the modules of Nest, class-validator and ours.
// Node keeps the compiled code on disk (in the system's temporary directory unless
// NODE_COMPILE_CACHE says otherwise) and reuses it from the second start on. When the directory
// cannot be written, Node starts as before, only slower.
enableCompileCache();
