// The demo pages load the element from source; a real site loads dist/social-services-catalogue.js.
import '../src/index.js';
