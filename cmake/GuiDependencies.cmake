# What the widgets and the app link: Qt 6 and VTK 9 (its Qt 5 module is never used).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets OpenGL OpenGLWidgets Svg Concurrent Test LinguistTools)
qt_standard_project_setup()
# Debian's VTK exports a VTK::mpi target whose configuration needs MPI's C bindings to be found first.
find_package(MPI COMPONENTS C)
find_package(VTK 9.1 REQUIRED COMPONENTS
  CommonCore CommonDataModel CommonColor FiltersCore FiltersSources
  InteractionStyle InteractionWidgets RenderingCore RenderingOpenGL2 RenderingAnnotation
  RenderingFreeType RenderingContext2D RenderingContextOpenGL2 IOImage)
