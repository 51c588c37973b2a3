/** Record linkage (blocking, Fellegi–Sunter weights learned by EM, clustering) and estimation. */
package org.guwah.analysis;
