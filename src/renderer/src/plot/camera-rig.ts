import { Matrix4, OrthographicCamera, PerspectiveCamera, type Camera } from 'three';
import {
  DEFAULT_PITCH,
  DEFAULT_YAW,
  ORBIT_FOV_DEG,
  orbitBasis,
  orbitEye,
  orbitUnitsPerPixel,
  type OrbitState,
} from './orbit-camera';
import { projectPoint, unprojectPoint } from './projection-math';
import type { Projector } from './transition';
import { dataToScreen, screenToData, type ViewBounds, type ViewportSize } from './view-math';

/** 2D: an orthographic view of the x–y plane; 3D: an orbiting camera. */
export type PlotMode = '2d' | '3d';

/** Depth cues the shader applies in 3D, in view-space units (distance in front of the eye). */
export interface DepthCues {
  /** Depth at which points have their nominal size (0: no size attenuation). */
  readonly attenuationDepth: number;
  readonly fogNear: number;
  readonly fogFar: number;
}

/** The initial 3D pose before any data is fitted. */
export const INITIAL_ORBIT: OrbitState = {
  target: [0, 0, 0],
  yaw: DEFAULT_YAW,
  pitch: DEFAULT_PITCH,
  distance: 3,
  radius: 1,
  projection: 'perspective',
};

/**
 * Turns the plot's camera state (2D view bounds or 3D orbit) into three.js cameras, the view-projection
 * matrix and a {@link Projector}. Holds the camera objects only: the state is passed in, so the controller
 * owns one source of truth.
 */
export class CameraRig {
  private readonly flat = new OrthographicCamera(-1, 1, 1, -1, -1, 1);
  private readonly perspective = new PerspectiveCamera(ORBIT_FOV_DEG, 1, 0.01, 100);
  private readonly parallel = new OrthographicCamera(-1, 1, 1, -1, 0.01, 100);

  /** The 2D camera looking at `view`. */
  camera2d(view: ViewBounds): Camera {
    const camera = this.flat;
    camera.left = view.left;
    camera.right = view.right;
    camera.top = view.top;
    camera.bottom = view.bottom;
    camera.updateProjectionMatrix();
    camera.updateMatrixWorld();
    return camera;
  }

  /** The 3D camera for `orbit` on a plot of `size`. */
  camera3d(orbit: OrbitState, size: ViewportSize): Camera {
    const eye = orbitEye(orbit);
    const { up } = orbitBasis(orbit);
    // Near and far hug the data's sphere: tight planes keep depth precise; the near plane never reaches 0.
    const near = Math.max(orbit.distance - 2 * orbit.radius, orbit.distance * 0.01);
    const far = orbit.distance + 2 * orbit.radius;
    const aspect = size.width / Math.max(size.height, 1);
    let camera: PerspectiveCamera | OrthographicCamera;
    if (orbit.projection === 'perspective') {
      camera = this.perspective;
      Object.assign(camera, { aspect, near, far });
    } else {
      camera = this.parallel;
      const halfHeight = (orbitUnitsPerPixel(orbit, size) * size.height) / 2;
      Object.assign(camera, {
        left: -halfHeight * aspect,
        right: halfHeight * aspect,
        top: halfHeight,
        bottom: -halfHeight,
        // An orthographic near plane may lie behind the eye: nothing in the sphere is ever cut off.
        near: orbit.distance - 2 * orbit.radius,
        far,
      });
    }
    camera.position.set(eye[0], eye[1], eye[2]);
    camera.up.set(up[0], up[1], up[2]);
    camera.lookAt(orbit.target[0], orbit.target[1], orbit.target[2]);
    camera.updateProjectionMatrix();
    camera.updateMatrixWorld();
    return camera;
  }
}

/** The view-projection matrix of a camera (projection × view), column-major. */
export function viewProjectionOf(camera: Camera): Matrix4 {
  return new Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
}

/** Depth cues for `orbit`: nominal size at the target, fog from the front to the back of the data's sphere. */
export function depthCuesOf(orbit: OrbitState): DepthCues {
  return {
    attenuationDepth: orbit.distance,
    fogNear: orbit.distance - orbit.radius,
    fogFar: orbit.distance + orbit.radius,
  };
}

/** A projector for the 2D view: z is ignored on the way in and 0 on the way out. */
export function projector2d(view: ViewBounds, size: ViewportSize): Projector {
  return {
    toScreen: (x, y) => {
      const [sx, sy] = dataToScreen(view, size, x, y);
      return { x: sx, y: sy, depth: 0 };
    },
    fromScreen: (x, y) => {
      const [dx, dy] = screenToData(view, size, x, y);
      return [dx, dy, 0];
    },
  };
}

/** A projector for a 3D camera's view-projection matrix. */
export function projector3d(viewProjection: Matrix4, size: ViewportSize): Projector {
  const m = viewProjection.elements;
  const inverse = viewProjection.clone().invert().elements;
  return {
    toScreen: (x, y, z) => projectPoint(m, x, y, z, size),
    fromScreen: (x, y, depth) => unprojectPoint(inverse, x, y, depth, size),
  };
}
